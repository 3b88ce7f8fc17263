import {
  data,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { safeParse } from "zod/v4/core";
import { CsvFormat } from "~/components/csv-format";
import { Alert, Button, ErrorSummary, SelectField, TableScroll, TextField } from "~/components/ui";
import { readCsvUpload } from "~/server/upload.server";
import { importLeaders, previewImport } from "~/models/import.server";
import { listTemplates } from "~/models/template.server";
import reportsCss from "~/styles/reports.css";
import { requirePermission, type SessionUser } from "~/server/user.server";
import { fieldErrors, type FieldErrors } from "~/utils/forms";
import { formObject, invalid, readForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { IMPORT_COLUMNS, importConfirmSchema, importUploadSchema, type CheckedFile } from "~/validation/import";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.import"));

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create:leader");
  const templates = await listTemplates();
  return { templates: templates.filter((t) => t.anchor === "start_date").map((t) => ({ id: t.id, name: t.name })) };
}

/** What the preview needs; the file's text goes back in a hidden field, so nothing is kept between the steps. */
const preview = (checked: CheckedFile, text: string, templateId: number) =>
  data({ step: "preview" as const, checked, text, templateId }, { status: checked.ok && checked.valid > 0 ? 200 : 400 });

// Step 1: the multipart upload.
async function upload(request: Request) {
  const { values, ...file } = await readCsvUpload(request);
  const parsed = safeParse(importUploadSchema, values);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  if (file.text === null) errors.fil = file.error;
  if (!parsed.success || file.text === null) return invalid(errors, values);
  return preview(await previewImport({ text: file.text }), file.text, parsed.data.templateId);
}

// Step 2: the preview's form; everything is checked again before anything is written.
async function confirm(request: Request, actor: SessionUser) {
  const values = formObject(await readForm(request));
  const parsed = safeParse(importConfirmSchema, values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error), { templateId: values.templateId });
  const { csv, templateId } = parsed.data;
  return withFieldErrors(
    async () => {
      const result = await importLeaders({ actor, text: csv, templateId });
      if (!result.ok) return preview(result.checked, csv, templateId);
      const vars = { count: result.imported, skipped: result.skipped };
      const key = result.skipped > 0 ? "import.donePartly" : result.imported === 1 ? "import.doneOne" : "import.done";
      return redirectWithFlash("/ledere", { key, vars });
    },
    { templateId: values.templateId },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "create:leader");
  const multipart = (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
  return multipart ? upload(request) : confirm(request, actor);
}

const EXAMPLE = `navn;e-post;enhet;stilling;startdato
Kari Nordmann;kari.nordmann@kommune.no;Solsiden sykehjem;enhetsleder;01.02.2027
Ola Å. Hansen;ola.hansen@kommune.no;Oppvekst/Bakken skole;rektor;2027-03-15`;

export default function ImportLeaders() {
  const t = useT();
  const { templates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData && "step" in actionData ? actionData : null;
  const errors = actionData && "errors" in actionData ? actionData.errors : {};
  const sent = actionData && "values" in actionData ? (actionData.values as Record<string, unknown>) : {};
  const templateDefault = String(shown?.templateId ?? sent.templateId ?? templates[0]?.id ?? "");
  const labels = { fil: t("import.file"), templateId: t("hire.programme") };
  // The confirmation's hidden text has no field of its own: its problems belong to the file.
  const messages = Object.fromEntries(Object.entries(errors).map(([k, key]) => [k === "csv" ? "fil" : k, key ? t(key) : undefined]));
  const checked = shown?.checked;

  return (
    <div className="stack">
      <h1 className="ds-heading" data-size="lg">
        {t("import.title")}
      </h1>
      <p className="ds-paragraph lead">{t("import.intro")}</p>

      {checked && !checked.ok ? (
        <Alert color="danger" role="alert">
          {t(checked.error.key, checked.error.vars)}
        </Alert>
      ) : null}

      {checked?.ok ? (
        <Preview checked={checked} text={shown!.text} templateId={shown!.templateId} programme={templates.find((tp) => tp.id === shown!.templateId)?.name} />
      ) : null}

      <section aria-labelledby="upload-title" className="narrow">
        <h2 className="ds-heading" data-size="sm" id="upload-title">
          {checked ? t("import.again") : t("import.file")}
        </h2>
        <ErrorSummary errors={messages} labels={labels} />
        <CsvFormat rules={["import.format.header", "import.format.unit", "import.format.date", "import.format.excel"]} example={EXAMPLE} />
        <Form method="post" encType="multipart/form-data" className="stack">
          <TextField
            name="fil"
            type="file"
            accept=".csv,text/csv"
            required
            label={labels.fil}
            description={t("import.file.help")}
            error={messages.fil}
          />
          <SelectField name="templateId" label={labels.templateId} required defaultValue={templateDefault} error={messages.templateId}>
            {templates.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </SelectField>
          <div>
            <Button variant={checked?.ok ? "secondary" : "primary"}>{t("import.preview")}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

function Preview({ checked, text, templateId, programme }: { checked: Extract<CheckedFile, { ok: true }>; text: string; templateId: number; programme?: string }) {
  const t = useT();
  const invalidCount = checked.rows.length - checked.valid;
  return (
    <section aria-labelledby="preview-title" className="stack">
      <h2 className="ds-heading" data-size="md" id="preview-title">
        {t("import.previewTitle")}
      </h2>
      <p className="ds-paragraph" role="status">
        {t("import.summary", { rows: checked.rows.length, valid: checked.valid, invalid: invalidCount })}
      </p>
      {programme ? (
        <p className="ds-paragraph">
          {t("hire.programme")}: {programme}
        </p>
      ) : null}
      <TableScroll label={t("import.previewTitle")}>
        <table className="ds-table import-preview" data-border="true" aria-labelledby="preview-title">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t("import.col.line")}
              </th>
              {IMPORT_COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`import.col.${c}`)}
                </th>
              ))}
              <th scope="col">{t("import.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {checked.rows.map((r) => (
              <tr key={r.line} data-invalid={r.hire ? undefined : true}>
                <th scope="row" className="num">
                  {r.line}
                </th>
                {IMPORT_COLUMNS.map((c) => (
                  <td key={c}>{r.values[c]}</td>
                ))}
                <td>
                  {r.hire ? (
                    <span className="ds-tag" data-color="success" data-size="sm">
                      {t("import.rowOk")}
                    </span>
                  ) : (
                    <>
                      <span className="ds-tag" data-color="danger" data-size="sm">
                        {t("import.rowHasErrors")}
                      </span>
                      <ul className="import-issues">
                        {r.issues.map((issue, i) => (
                          <li key={i}>
                            {t(`import.col.${issue.field}`)}: {t(issue.key, issue.vars)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {checked.valid > 0 ? (
        <Form method="post" className="stack">
          {invalidCount > 0 ? <p className="ds-paragraph">{t("import.skipNote")}</p> : null}
          <input type="hidden" name="csv" value={text} />
          <input type="hidden" name="templateId" value={templateId} />
          <div>
            <Button>{t("import.submit", { count: checked.valid })}</Button>
          </div>
        </Form>
      ) : (
        <Alert color="warning">{t("import.noneValid")}</Alert>
      )}
    </section>
  );
}

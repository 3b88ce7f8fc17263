import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { safeParse } from "zod/v4/core";
import { CsvFormat } from "~/components/csv-format";
import { Alert, Button, Checkbox, ErrorSummary, TableScroll, TextField } from "~/components/ui";
import { applySync, previewSync } from "~/models/hr-sync.server";
import { formObject, invalid, readForm, redirectWithFlash } from "~/server/http.server";
import { readCsvUpload } from "~/server/upload.server";
import { requirePermission } from "~/server/user.server";
import reportsCss from "~/styles/reports.css";
import { changesAnything, type SyncCounts, type SyncDiff, type SyncRowDiff } from "~/types/hr-sync";
import { fieldErrors, type FieldErrors } from "~/utils/forms";
import { useT, title } from "~/utils/i18n";
import { syncConfirmSchema, syncUploadSchema, type SyncColumn } from "~/validation/hr-sync";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.hrSync"));

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "sync:hr");
  return null;
}

/** The preview; the file's text goes back in a hidden field, so nothing is kept between the steps. */
const preview = (diff: SyncDiff, text: string, full: boolean) => data({ step: "preview" as const, diff, text, full }, { status: diff.ok ? 200 : 400 });

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "sync:hr");
  // Step 1: the multipart upload.
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const { values, ...file } = await readCsvUpload(request);
    const parsed = safeParse(syncUploadSchema, values);
    const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
    if (file.text === null) errors.fil = file.error;
    if (!parsed.success || file.text === null) return invalid(errors, values);
    return preview(await previewSync({ text: file.text, full: parsed.data.full }), file.text, parsed.data.full);
  }
  // Step 2: the preview's form. The difference is worked out again and applied in one transaction.
  const values = formObject(await readForm(request));
  const parsed = safeParse(syncConfirmSchema, values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error), { full: values.full });
  const { csv, full } = parsed.data;
  const result = await applySync({ actorId: actor.id, text: csv, full, via: "web" });
  if (!result.ok) return preview(result, csv, full);
  return redirectWithFlash("/ledere/synk", { key: "hrsync.done", vars: { ...result.counts } });
}

const EXAMPLE = `ansattnummer;navn;e-post;enhet;stilling;startdato
10234;Kari Nordmann;kari.nordmann@kommune.no;SOL;enhetsleder;01.02.2027
10235;Ola Å. Hansen;ola.hansen@kommune.no;Oppvekst/Bakken skole;rektor;2019-08-01`;

export default function HrSync() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const shown = actionData && "step" in actionData ? actionData : null;
  const errors = actionData && "errors" in actionData ? actionData.errors : {};
  const sent = actionData && "values" in actionData ? (actionData.values as Record<string, unknown>) : {};
  const full = shown?.full ?? sent.full === "on";
  const labels = { fil: t("import.file"), full: t("hrsync.full") };
  // The confirmation's hidden text has no field of its own: its problems belong to the file.
  const messages = Object.fromEntries(Object.entries(errors).map(([k, key]) => [k === "csv" ? "fil" : k, key ? t(key) : undefined]));
  const diff = shown?.diff;

  return (
    <div className="stack">
      <h1 className="ds-heading" data-size="lg">
        {t("hrsync.title")}
      </h1>
      <p className="ds-paragraph lead">{t("hrsync.intro")}</p>

      {diff && !diff.ok ? (
        <Alert color="danger" role="alert">
          {t(diff.error.key, diff.error.vars)}
        </Alert>
      ) : null}

      {diff?.ok ? <Preview diff={diff} text={shown!.text} /> : null}

      <section aria-labelledby="upload-title" className="narrow">
        <h2 className="ds-heading" data-size="sm" id="upload-title">
          {diff ? t("import.again") : t("import.file")}
        </h2>
        <ErrorSummary errors={messages} labels={labels} />
        <CsvFormat rules={["hrsync.format.header", "import.format.unit", "import.format.date", "hrsync.format.match", "hrsync.format.new", "import.format.excel"]} example={EXAMPLE} />
        <Form method="post" encType="multipart/form-data" className="stack">
          <TextField name="fil" type="file" accept=".csv,text/csv" required label={labels.fil} description={t("import.file.help")} error={messages.fil} />
          <div>
            <Checkbox name="full" label={labels.full} defaultChecked={full} aria-describedby="full-help" />
            <p className="ds-paragraph muted" data-size="sm" id="full-help">
              {t("hrsync.full.help")}
            </p>
          </div>
          <div>
            <Button variant={diff?.ok ? "secondary" : "primary"}>{t("import.preview")}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

const COUNTS: (keyof SyncCounts)[] = ["rows", "new", "bound", "changed", "transferred", "returned", "left", "unchanged", "errors"];

function Preview({ diff, text }: { diff: Extract<SyncDiff, { ok: true }>; text: string }) {
  const t = useT();
  const shownRows = diff.rows.filter((r) => r.match !== "known" || r.changes.length > 0 || r.transfer || r.returned);
  const colLabel = (field: SyncColumn) => (field === "employeeNumber" ? t("hrsync.col.employeeNumber") : t(`import.col.${field}`));
  return (
    <section aria-labelledby="preview-title" className="stack">
      <h2 className="ds-heading" data-size="md" id="preview-title">
        {t("import.previewTitle")}
      </h2>
      <table className="ds-table" data-border="true" aria-labelledby="summary-title">
        <caption className="ds-heading" data-size="xs" id="summary-title">
          {t("hrsync.summaryTitle")}
        </caption>
        <tbody>
          {COUNTS.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`hrsync.count.${c}`)}</th>
              <td className="num" data-count={c}>
                {diff.counts[c]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff.full ? null : <p className="ds-paragraph">{t("hrsync.notFull")}</p>}

      {shownRows.length > 0 ? (
        <>
          <h3 className="ds-heading" data-size="sm" id="rows-title">
            {t("hrsync.rowsTitle")}
          </h3>
          <TableScroll label={t("hrsync.rowsTitle")}>
            <table className="ds-table import-preview" data-border="true" aria-labelledby="rows-title">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("import.col.line")}
                  </th>
                  <th scope="col">{t("hrsync.col.employeeNumber")}</th>
                  <th scope="col">{t("import.col.name")}</th>
                  <th scope="col">{t("hrsync.col.what")}</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((r) => (
                  <tr key={r.line} data-invalid={r.match === null ? true : undefined}>
                    <th scope="row" className="num">
                      {r.line}
                    </th>
                    <td>{r.values.employeeNumber}</td>
                    <td>{r.values.name}</td>
                    <td>
                      <RowWhat row={r} colLabel={colLabel} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
      {diff.counts.unchanged > 0 ? <p className="ds-paragraph">{t("hrsync.unchangedNote", { count: diff.counts.unchanged })}</p> : null}

      {diff.leavers.length > 0 ? (
        <>
          <h3 className="ds-heading" data-size="sm" id="leavers-title">
            {t("hrsync.leaversTitle")}
          </h3>
          <p className="ds-paragraph">{t("hrsync.leaversIntro")}</p>
          <TableScroll label={t("hrsync.leaversTitle")}>
            <table className="ds-table" data-border="true" aria-labelledby="leavers-title">
              <thead>
                <tr>
                  <th scope="col">{t("hrsync.col.employeeNumber")}</th>
                  <th scope="col">{t("import.col.name")}</th>
                  <th scope="col">{t("import.col.unit")}</th>
                </tr>
              </thead>
              <tbody>
                {diff.leavers.map((l) => (
                  <tr key={l.personId}>
                    <td>{l.employeeNumber}</td>
                    <td>{l.name}</td>
                    <td>{l.unit ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}

      {changesAnything(diff.counts) ? (
        <Form method="post" className="stack">
          {diff.counts.errors > 0 ? <p className="ds-paragraph">{t("hrsync.skipNote")}</p> : null}
          <input type="hidden" name="csv" value={text} />
          {diff.full ? <input type="hidden" name="full" value="on" /> : null}
          <div>
            <Button>{t("hrsync.submit")}</Button>
          </div>
        </Form>
      ) : (
        <Alert color="info" role="status">
          {t("hrsync.nothing")}
        </Alert>
      )}
    </section>
  );
}

function RowWhat({ row, colLabel }: { row: SyncRowDiff; colLabel: (field: SyncColumn) => string }) {
  const t = useT();
  if (row.match === null) {
    return (
      <>
        <span className="ds-tag" data-color="danger" data-size="sm">
          {t("hrsync.row.errors")}
        </span>
        <ul className="import-issues">
          {row.issues.map((issue, i) => (
            <li key={i}>
              {colLabel(issue.field)}: {t(issue.key, issue.vars)}
            </li>
          ))}
        </ul>
      </>
    );
  }
  const lines = [
    row.match === "new" ? t("hrsync.row.new", { unit: row.values.unit }) : null,
    row.match === "bound" ? t("hrsync.row.bound") : null,
    row.returned ? t("hrsync.row.returned") : null,
    ...row.changes.map((c) => t("hrsync.row.change", { field: colLabel(c.field), before: c.before ?? t("hrsync.row.empty"), after: c.after })),
    row.transfer ? t("hrsync.row.transfer", { from: row.transfer.from ?? t("hrsync.row.empty"), to: row.transfer.to }) : null,
  ].filter((l): l is string => l !== null);
  return (
    <ul className="import-issues">
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

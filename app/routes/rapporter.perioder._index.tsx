import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/access/policy";
import { periodName } from "~/components/period-pack";
import { Button, ErrorSummary, TableSection, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { listPacks, reconstructPeriods } from "~/models/period-report.server";
import reportsCss from "~/styles/reports.css";
import { invalid, parseForm, redirectWithFlash } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { title, useLocale, useT } from "~/utils/i18n";
import { parsePeriod } from "~/utils/periods";
import { reconstructSchema } from "~/validation/period-report";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("periods.title"));

/** Every period with a report pack; an admin can reconstruct the ones missing. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  return {
    packs: await listPacks(),
    canReconstruct: can(user, "reconstruct:report"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "reconstruct:report");
  const form = await parseForm(request, reconstructSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  const taken = await reconstructPeriods({
    from: parsePeriod(form.data.from)!,
    now: new Date(),
    actorId: user.id,
  });
  return redirectWithFlash("/rapporter/perioder", taken.length ? { key: "periods.reconstruct.done", vars: { count: taken.length } } : { key: "periods.reconstruct.nothing" });
}

type Result = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

export default function PeriodList() {
  const t = useT();
  const locale = useLocale();
  const { packs, canReconstruct } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  return (
    <div className="report">
      <div>
        <p className="ds-paragraph no-print">
          <Link className="ds-link" to="/rapporter">
            {t("nav.reports")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="lg">
          {t("periods.title")}
        </h1>
      </div>
      <p className="ds-paragraph lead">{t("periods.intro")}</p>
      {packs.length === 0 ? (
        <p className="ds-paragraph">{t("periods.none")}</p>
      ) : (
        <TableSection
          id="p-list"
          title={t("periods.list")}
          head={
            <>
              <th scope="col">{t("periods.col.period")}</th>
              <th scope="col">{t("periods.col.asOf")}</th>
              <th scope="col">{t("periods.col.taken")}</th>
              <th scope="col">{t("periods.col.status")}</th>
            </>
          }
        >
          {packs.map((p) => (
            <tr key={p.key}>
              <th scope="row">
                <Link className="ds-link" to={`/rapporter/perioder/${p.key}`}>
                  {periodName(t, p.key)}
                </Link>
              </th>
              <td>{formatDate(parsePeriod(p.key)!.end, locale)}</td>
              <td>{formatDateTime(p.takenAt, locale)}</td>
              <td>{t(p.reconstructed ? "periods.status.reconstructed" : "periods.status.frozen")}</td>
            </tr>
          ))}
        </TableSection>
      )}
      {canReconstruct ? <Reconstruct serverErrors={result?.errors} values={result?.values} /> : null}
    </div>
  );
}

function Reconstruct({ serverErrors, values }: { serverErrors?: FieldErrors; values?: Record<string, unknown> }) {
  const t = useT();
  const { field, error, onSubmit, formState } = useZodForm(reconstructSchema, {
    defaults: { intent: "reconstruct", ...values },
    serverErrors,
  });
  const labels = { from: t("periods.reconstruct.from") };
  const errors = { from: error("from") };
  return (
    <section className="ds-card form-card narrow no-print" aria-labelledby="p-reconstruct">
      <h2 className="ds-heading" data-size="sm" id="p-reconstruct">
        {t("periods.reconstruct.title")}
      </h2>
      <p className="ds-paragraph">{t("periods.reconstruct.help")}</p>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="reconstruct" />
        <TextField label={labels.from} required autoComplete="off" error={errors.from} {...field("from")} />
        <div>
          <Button>{t("periods.reconstruct.submit")}</Button>
        </div>
      </Form>
    </section>
  );
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { periodPartsCsv } from "~/models/period-report.server";
import { getLocale } from "~/server/locale.server";
import { csvDownload, idQuery, orHttpError } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";

/** A period's service areas (or, with `?omrade=<id>`, that area's units) side by side as CSV for Excel (same access as the page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  const locale = await getLocale(request);
  return csvDownload(await orHttpError(() => periodPartsCsv({ user, key: params.period ?? "", areaId: idQuery(request, "omrade"), locale })));
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { periodCsv } from "~/models/period-report.server";
import { getLocale } from "~/server/locale.server";
import { csvDownload, idQuery, orHttpError } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";

/** A period's pack as CSV for Excel: the municipality, or `?omrade=<id>` for one service area (same access as the page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  const locale = await getLocale(request);
  return csvDownload(await orHttpError(() => periodCsv({ user, key: params.period ?? "", areaId: idQuery(request, "omrade"), locale })));
}

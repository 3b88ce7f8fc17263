import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportCsv } from "~/models/report.server";
import { requirePermission } from "~/server/user.server";
import { csvDownload, idParam, orHttpError } from "~/server/http.server";

/**
 * The report as a CSV download: `/rapporter/csv` for the municipality, `?omrade=<id>` for one
 * service area. Same access rules as the pages (403 for leaders, 404 for someone else's area).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  const omrade = new URL(request.url).searchParams.get("omrade");
  const areaId = omrade ? idParam(omrade) : undefined;
  return csvDownload(await orHttpError(() => reportCsv({ user, areaId })));
}

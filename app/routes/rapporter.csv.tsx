import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportCsv, REPORT_ROLES } from "~/models/report.server";
import { requireRole } from "~/utils/auth.server";
import { idParam, orHttpError } from "~/utils/http.server";

/**
 * The report as a CSV download: `/rapporter/csv` for the municipality, `?omrade=<id>` for one
 * service area. Same access rules as the pages (403 for leaders, 404 for someone else's area).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, REPORT_ROLES);
  const omrade = new URL(request.url).searchParams.get("omrade");
  const areaId = omrade ? idParam(omrade) : undefined;
  const csv = await orHttpError(() => reportCsv({ user, areaId }));
  return new Response(csv.text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csv.filename}"`,
      // Personal data: not for shared caches, and not to be sniffed as anything but a download.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { canEverywhere } from "~/access/policy";
import { listAreas } from "~/models/person.server";
import { completionReport } from "~/models/report.server";
import { requirePermission } from "~/server/user.server";
import { idParam, orHttpError, pageParam } from "~/server/http.server";

// The same page as the municipality report, for one service area.
export { default, links } from "./rapporter._index";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.report?.scope.kind === "area" ? `Rapport for ${data.report.scope.area.name} – Lederløp` : "Rapporter – Lederløp" },
];

/** One service area's report: a TOL for their own areas, those who see everyone for any; 404 otherwise. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  const areaId = idParam(params.areaId);
  const report = await orHttpError(() => completionReport({ user, areaId, page: pageParam(request), unitPage: pageParam(request, "enhetside") }));
  return { report, areas: await listAreas(user), seesAll: canEverywhere(user, "read:report") };
}

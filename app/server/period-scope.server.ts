import { redirect } from "@remix-run/node";
import { canEverywhere } from "~/access/policy";
import { listAreas } from "~/models/person.server";
import { idQuery } from "./http.server";
import { requirePermission } from "./user.server";

/**
 * Who reads a period page, and for which scope: the municipality for those who see everything, a
 * service area (`?omrade=`) for its TOL too. A TOL without `?omrade=` is sent to their first area.
 */
export async function periodPageScope(request: Request, path: string) {
  const user = await requirePermission(request, "read:report");
  const areaId = idQuery(request, "omrade");
  const seesAll = canEverywhere(user, "read:report");
  const areas = await listAreas(user);
  if (areaId === undefined && !seesAll && areas[0]) throw redirect(`${path}?omrade=${areas[0].id}`);
  return { user, areaId, seesAll, areas };
}

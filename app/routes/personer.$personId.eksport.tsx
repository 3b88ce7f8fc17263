import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPerson } from "~/models/privacy.server";
import { requireRole } from "~/utils/auth.server";
import { idParam, orHttpError } from "~/utils/http.server";

/** GDPR export: everything stored about one person, as a JSON download (admin only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["admin"]);
  const personId = idParam(params.personId);
  const data = await orHttpError(() => exportPerson(personId));
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="lederlop-person-${personId}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPerson } from "~/models/privacy.server";
import { requirePermission } from "~/server/user.server";
import { idParam, orHttpError } from "~/server/http.server";

/** GDPR export: everything stored about one person, as a JSON download (admin only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:person");
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

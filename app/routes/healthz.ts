import { databaseAnswers } from "~/models/health.server";

/** For load balancers and uptime checks: 200 once the database answers, 503 otherwise. */
export async function loader() {
  const ok = await databaseAnswers();
  return Response.json(ok ? { status: "ok", database: "ok" } : { status: "error", database: "unavailable" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

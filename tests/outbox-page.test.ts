import { beforeAll, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { formatDateTime } from "~/utils/dates";
import { loadApp } from "./support/app";
import { freshDb, seedOrg } from "./support/db";

let app: Awaited<ReturnType<typeof loadApp>>;
let cookie: string;
beforeAll(async () => {
  await freshDb();
  await seedOrg();
  app = await loadApp();
  cookie = await app.signIn("admin@test.example");
});

test("«Sendte e-poster» shows a message being retried as such, with its last error and the next attempt in Oslo time", async () => {
  const db = getDb();
  const row = await db.selectFrom("outbox").select("id").where("to_address", "=", "admin@test.example").executeTakeFirstOrThrow();
  const nextAttempt = "2026-03-02T07:30:00.000Z"; // 08:30 in Oslo (winter time)
  await db.updateTable("outbox").set({ status: "pending", attempts: 2, last_error: "421 4.3.2 Service busy", send_after: nextAttempt }).where("id", "=", row.id).execute();

  const list = await (await app.request("/postkasse", { cookie })).text();
  expect(list).toContain("Prøver igjen");
  expect(list).toContain("421 4.3.2 Service busy");
  expect(list).toContain(`Neste forsøk ${formatDateTime(nextAttempt, "nb")}`);

  const detail = await (await app.request(`/postkasse/${row.id}`, { cookie })).text();
  expect(detail).toContain("Prøver igjen");
  expect(formatDateTime(nextAttempt, "nb")).toContain("08:30");
  expect(detail).toContain(`Neste forsøk ${formatDateTime(nextAttempt, "nb")}`);
  expect(detail).toContain("Siste feil: 421 4.3.2 Service busy");
});

import { describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { ROLES } from "../db/schema";
import { homeFor, navFor } from "~/access/menu";
import { loadApp } from "./support/app";
import { freshDb, seedOrg } from "./support/db";

describe("where people land", () => {
  test.each(ROLES)("a %s lands on a page in their own menu", (role) => {
    const menu = navFor([role]).map((n) => n.to);
    expect(menu).toContain(homeFor({ roles: [role] }));
  });

  test("the executive group (RLG) lands on «Innføring», not on an empty «Mitt løp»", async () => {
    await freshDb();
    await seedOrg();
    const db = getDb();
    const rita = await db
      .insertInto("person")
      .values({ name: "Rita RLG", email: "rlg@test.example", unit_id: null, position: "rådmann", start_date: null, active: 1, created_at: "2026-01-01", updated_at: "2026-01-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("person_role").values({ person_id: rita.id, role: "rlg" }).execute();
    const app = await loadApp();
    const cookie = await app.signIn("rlg@test.example");
    for (const path of ["/", "/logg-inn"]) {
      const res = await app.request(path, { cookie });
      expect(res.status, path).toBe(302);
      expect(res.headers.get("Location"), path).toBe("/innforing");
    }
  });
});

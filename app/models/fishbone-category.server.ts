import { getDb } from "../../db/client.server";
import { can } from "~/access/policy";
import type { FishboneCategoryChange } from "~/validation/fishbone-category";
import { audit } from "./audit.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";

/** The fishbone analysis's categories in their order, those in use and the retired ones. */
export async function fishboneCategories({ user }: { user: SessionUser }) {
  if (!can(user, "edit:fishbone-category")) throw new HttpError(403);
  const rows = await getDb().selectFrom("fishbone_category").select(["id", "name", "position", "retired_at"]).orderBy("position").orderBy("id").execute();
  return { active: rows.filter((r) => r.retired_at === null), retired: rows.filter((r) => r.retired_at !== null) };
}

/**
 * One change to the list: add, rename, move up or down, retire or restore. Causes keep the name
 * their category had when they were written, so renaming or retiring never rewrites an analysis;
 * a retired category is only no longer offered for new ones.
 */
export async function changeFishboneCategory({ user, input, now = new Date() }: { user: SessionUser; input: FishboneCategoryChange; now?: Date }) {
  if (!can(user, "edit:fishbone-category")) throw new HttpError(403);
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const all = await tx.selectFrom("fishbone_category").selectAll().orderBy("position").orderBy("id").execute();
      const nameTaken = (name: string, except?: number) => all.some((c) => c.id !== except && c.name.toLocaleLowerCase("nb") === name.toLocaleLowerCase("nb"));
      const log = (entityId: number, before: unknown, after: unknown) =>
        audit(tx, { actorId: user.id, action: `fishbone_category.${input.intent}`, entity: "fishbone_category", entityId, before, after, now });
      if (input.intent === "add") {
        if (nameTaken(input.name)) throw new FieldError("name", "cycle.categories.exists");
        const position = Math.max(0, ...all.map((c) => c.position)) + 1;
        const row = await tx.insertInto("fishbone_category").values({ name: input.name, position }).returning("id").executeTakeFirstOrThrow();
        return log(row.id, undefined, { name: input.name, position });
      }
      const category = all.find((c) => c.id === input.id);
      if (!category) throw new HttpError(404);
      switch (input.intent) {
        case "rename":
          if (nameTaken(input.name, category.id)) throw new FieldError("name", "cycle.categories.exists");
          await tx.updateTable("fishbone_category").set({ name: input.name }).where("id", "=", category.id).execute();
          return log(category.id, { name: category.name }, { name: input.name });
        case "move": {
          // Swap with the neighbour among the categories in use: that is the order the form offers.
          const active = all.filter((c) => c.retired_at === null);
          const at = active.findIndex((c) => c.id === category.id);
          const other = active[input.direction === "up" ? at - 1 : at + 1];
          if (at < 0 || !other) throw new HttpError(409);
          await tx.updateTable("fishbone_category").set({ position: other.position }).where("id", "=", category.id).execute();
          await tx.updateTable("fishbone_category").set({ position: category.position }).where("id", "=", other.id).execute();
          return log(category.id, { position: category.position }, { position: other.position, swappedWith: other.name });
        }
        case "retire":
          if (category.retired_at !== null) return;
          if (all.filter((c) => c.retired_at === null).length === 1) throw new FieldError("category", "cycle.categories.lastOne");
          await tx.updateTable("fishbone_category").set({ retired_at: now.toISOString() }).where("id", "=", category.id).execute();
          return log(category.id, { retired_at: null }, { retired_at: now.toISOString() });
        case "restore": {
          if (category.retired_at === null) return;
          // Back at the end of the list in use.
          const position = Math.max(0, ...all.map((c) => c.position)) + 1;
          await tx.updateTable("fishbone_category").set({ retired_at: null, position }).where("id", "=", category.id).execute();
          return log(category.id, { retired_at: category.retired_at }, { retired_at: null, position });
        }
      }
    });
}

import { getDb, transaction, type DB } from "../../db/client.server";
import type { Role } from "../../db/schema";
import { signInEmail } from "../../emails/sign-in";
import { isLocale, type Locale } from "~/i18n/catalog";
import { hashToken, newToken } from "~/utils/crypto.server";
import { appUrl } from "~/utils/env.server";
import { enqueueMail } from "./outbox.server";

export const TOKEN_TTL_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface SessionUser {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  roles: Role[];
  /** Service areas this person leads as TOL. */
  tolAreaIds: number[];
}

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * Sends a sign-in link to an active person with this address. Answers nothing either way, so
 * the form cannot be used to find out who is registered. A newer link supersedes older ones.
 */
export async function requestSignInLink({ email, next, now = new Date() }: { email: string; next?: string | null; now?: Date }): Promise<void> {
  const db = getDb();
  const person = await db
    .selectFrom("person")
    .select(["id", "name", "email", "locale"])
    .where("email", "=", normalise(email))
    .where("active", "=", 1)
    .executeTakeFirst();
  if (!person) return;

  const token = newToken();
  await transaction(async (tx) => {
    await tx
      .updateTable("login_token")
      .set({ used_at: now.toISOString() })
      .where("person_id", "=", person.id)
      .where("used_at", "is", null)
      .execute();
    await tx
      .insertInto("login_token")
      .values({
        person_id: person.id,
        token_hash: hashToken(token),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + TOKEN_TTL_MS).toISOString(),
      })
      .execute();
    const locale = isLocale(person.locale) ? person.locale : "nb";
    await enqueueMail(tx, {
      kind: "sign_in",
      to: person,
      message: signInEmail({ name: person.name, url: `${appUrl()}/logg-inn/${token}${next ? `?neste=${encodeURIComponent(next)}` : ""}` }, locale),
      now,
    });
  });
}

/** Who a still-valid link would sign in; reading it does not use it up (mail scanners open links). */
export async function peekSignInToken({ token, now = new Date() }: { token: string; now?: Date }) {
  return getDb()
    .selectFrom("login_token")
    .innerJoin("person", "person.id", "login_token.person_id")
    .select(["person.id", "person.email"])
    .where("login_token.token_hash", "=", hashToken(token))
    .where("login_token.used_at", "is", null)
    .where("login_token.expires_at", ">", now.toISOString())
    .where("person.active", "=", 1)
    .executeTakeFirst();
}

/**
 * Uses the link up and opens a session. The conditional UPDATE is the single-use guard: of two
 * concurrent presses only one sees its row change. Returns the raw session id for the cookie.
 */
export async function redeemSignInToken({ token, now = new Date() }: { token: string; now?: Date }): Promise<string | null> {
  const db = getDb();
  return transaction(async (tx) => {
    const used = await tx
      .updateTable("login_token")
      .set({ used_at: now.toISOString() })
      .where("token_hash", "=", hashToken(token))
      .where("used_at", "is", null)
      .where("expires_at", ">", now.toISOString())
      .returning("person_id")
      .executeTakeFirst();
    if (!used) return null;
    const person = await tx
      .selectFrom("person")
      .select("id")
      .where("id", "=", used.person_id)
      .where("active", "=", 1)
      .executeTakeFirst();
    if (!person) return null;
    return openSession(tx, { personId: person.id, now });
  });
}

/**
 * Opens a login session for a person, whichever way they proved who they are (a link by email, the
 * OpenID provider). Returns the raw session id for the cookie; only its hash is stored. `idToken` is
 * the provider's ID token, kept server-side for the end-session request at sign-out.
 */
export async function openSession(tx: DB, { personId, now, idToken = null }: { personId: number; now: Date; idToken?: string | null }): Promise<string> {
  const sessionId = newToken();
  await tx
    .insertInto("session")
    .values({
      id_hash: hashToken(sessionId),
      person_id: personId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      id_token: idToken,
    })
    .execute();
  return sessionId;
}

/**
 * Runs on every signed-in request, so it is one round trip: the person joined to their roles and
 * the areas they lead gives roles × areas rows (a handful), folded here.
 */
export async function userForSession({ sessionId, now = new Date() }: { sessionId: string; now?: Date }): Promise<SessionUser | null> {
  const rows = await getDb()
    .selectFrom("session")
    .innerJoin("person", "person.id", "session.person_id")
    .leftJoin("person_role as r", "r.person_id", "person.id")
    .leftJoin("service_area as area", "area.tol_person_id", "person.id")
    .select(["person.id", "person.name", "person.email", "person.locale", "r.role", "area.id as areaId"])
    .where("session.id_hash", "=", hashToken(sessionId))
    .where("session.expires_at", ">", now.toISOString())
    .where("person.active", "=", 1)
    .execute();
  const first = rows[0];
  if (!first) return null;
  const roles = new Set<Role>();
  const areas = new Set<number>();
  for (const r of rows) {
    if (r.role !== null) roles.add(r.role);
    if (r.areaId !== null) areas.add(r.areaId);
  }
  return {
    id: first.id,
    name: first.name,
    email: first.email,
    locale: isLocale(first.locale) ? first.locale : "nb",
    roles: [...roles].sort(),
    tolAreaIds: [...areas].sort((a, b) => a - b),
  };
}

/** Ends a session; returns the provider's ID token when it was opened through the provider. */
export async function endSession({ sessionId }: { sessionId: string }): Promise<{ idToken: string | null }> {
  const ended = await getDb().deleteFrom("session").where("id_hash", "=", hashToken(sessionId)).returning("id_token").executeTakeFirst();
  return { idToken: ended?.id_token ?? null };
}

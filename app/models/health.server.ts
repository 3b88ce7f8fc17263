import { sql } from "kysely";
import { getDb } from "../../db/client.server";

export async function databaseAnswers(): Promise<boolean> {
  try {
    await sql`select 1`.execute(getDb());
    return true;
  } catch {
    return false;
  }
}

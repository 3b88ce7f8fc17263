import { sql } from "kysely";
import { getDb } from "../../db/client.server";

/** Whether the database answers `select 1` within three seconds: a load balancer's check must not hang with it. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const answered = sql`select 1`.execute(getDb()).then(
    () => true,
    () => false,
  );
  const late = new Promise<false>((resolve) => (timer = setTimeout(resolve, 3000, false)));
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

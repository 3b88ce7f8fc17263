// `npm run token -- --name entra --scope scim`: creates an integration token (as «Integrasjoner»
// does) and prints it, once. For setting up Entra ID provisioning from a terminal or a deploy
// script; audited with no actor. Lives outside db/ because it goes through the app's model.
import { parseArgs } from "node:util";
import { closeDb, describeDatabase, getDb, migrateToLatest } from "../db/client.server";
import { TOKEN_SCOPES, type TokenScope } from "../db/schema";
import { createToken } from "../app/models/integration-token.server";
import { FieldError } from "../app/models/errors";

const { values } = parseArgs({ args: process.argv.slice(2), options: { name: { type: "string" }, scope: { type: "string", default: "scim" } } });
const name = values.name?.trim() ?? "";
const scope = values.scope as TokenScope;
if (name.length < 2 || name.length > 60 || /[\u0000-\u001f\u007f]/.test(name) || !TOKEN_SCOPES.includes(scope)) {
  console.error(`Usage: npm run token -- --name <2–60 characters> --scope ${TOKEN_SCOPES.join("|")}`);
  process.exit(2);
}

try {
  await migrateToLatest(getDb());
  const created = await createToken({ actorId: null, name, scope, source: "cli" });
  console.log(`Token «${created.name}» (${scope}) created in ${describeDatabase()}. It is shown only this once:`);
  console.log(created.token);
} catch (error) {
  if (!(error instanceof FieldError)) throw error;
  console.error(`A token named «${name}» is in use already: revoke it under «Integrasjoner» or choose another name.`);
  process.exitCode = 1;
} finally {
  await closeDb();
}

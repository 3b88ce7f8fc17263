import type { Migration, MigrationProvider } from "kysely";
import * as core from "./20261127_001_core";
import * as reminders from "./20261127_002_reminders";
import * as rollouts from "./20261127_003_rollouts";

// A static list: the bundled server cannot import() migration files at run time.
const migrations: Record<string, Migration> = {
  "20261127_001_core": core,
  "20261127_002_reminders": reminders,
  "20261127_003_rollouts": rollouts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

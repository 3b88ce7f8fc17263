import type { Migration, MigrationProvider } from "kysely";
import * as core from "./20261127_001_core";
import * as reminders from "./20261127_002_reminders";
import * as rollouts from "./20261127_003_rollouts";
import * as rateLimits from "./20261127_004_rate_limits";
import * as outboxClaims from "./20261202_005_outbox_claims";
import * as nynorsk from "./20261215_006_nynorsk";
import * as systems from "./20261216_007_systems";
import * as roleSource from "./20261216_008_role_source";
import * as scim from "./20261216_009_scim";
import * as unitCycle from "./20261217_012_unit_cycle";
import * as leanEnd from "./20261218_013_lean_end";
import * as recurring from "./20261218_014_recurring";
import * as calendarFeed from "./20261218_016_calendar_feed";
import * as scimDepartment from "./20261218_017_scim_department";

// A static list: the bundled server cannot import() migration files at run time.
const migrations: Record<string, Migration> = {
  "20261127_001_core": core,
  "20261127_002_reminders": reminders,
  "20261127_003_rollouts": rollouts,
  "20261127_004_rate_limits": rateLimits,
  "20261202_005_outbox_claims": outboxClaims,
  "20261215_006_nynorsk": nynorsk,
  "20261216_007_systems": systems,
  "20261216_008_role_source": roleSource,
  "20261216_009_scim": scim,
  "20261217_012_unit_cycle": unitCycle,
  "20261218_013_lean_end": leanEnd,
  "20261218_014_recurring": recurring,
  "20261218_016_calendar_feed": calendarFeed,
  "20261218_017_scim_department": scimDepartment,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

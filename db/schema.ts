import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The database as the driver returns it. Dates are ISO strings: calendar dates as
 * `YYYY-MM-DD` (due dates, start dates), instants as UTC `…Z` timestamps. Booleans are
 * 0/1 integers so SQLite and PostgreSQL read the same.
 */
export interface Database {
  service_area: ServiceAreaTable;
  unit: UnitTable;
  person: PersonTable;
  person_role: PersonRoleTable;
  programme_template: ProgrammeTemplateTable;
  template_step: TemplateStepTable;
  path: PathTable;
  path_step: PathStepTable;
  step_completion: StepCompletionTable;
  audit_log: AuditLogTable;
  login_token: LoginTokenTable;
  session: SessionTable;
  outbox: OutboxTable;
  rollout: RolloutTable;
  training_session: TrainingSessionTable;
  session_step: SessionStepTable;
  session_signup: SessionSignupTable;
  rate_limit: RateLimitTable;
  person_identity: PersonIdentityTable;
  integration_token: IntegrationTokenTable;
  unit_meeting: UnitMeetingTable;
  guidance_contract: GuidanceContractTable;
  guidance_extension: GuidanceExtensionTable;
  fishbone_category: FishboneCategoryTable;
  fishbone_analysis: FishboneAnalysisTable;
  fishbone_cause: FishboneCauseTable;
  unit_revision: UnitRevisionTable;
  unit_measure: UnitMeasureTable;
  measure_review: MeasureReviewTable;
  competence_topic: CompetenceTopicTable;
  leader_agreement: LeaderAgreementTable;
  leader_agreement_topic: LeaderAgreementTopicTable;
  lean_end: LeanEndTable;
  unit_duty_policy: UnitDutyPolicyTable;
  calendar_feed: CalendarFeedTable;
}

export const ROLES = ["hr", "leader", "tol", "development_unit", "admin", "rlg"] as const;
export type Role = (typeof ROLES)[number];

/** Who does a step. The rådmann's office has no accounts; HR confirms or the leader self-reports. */
export const RESPONSIBLE = ["leader", "hr", "radmann", "development_unit", "tol"] as const;
export type Responsible = (typeof RESPONSIBLE)[number];

/** What completing a step records. */
export const EVIDENCE = ["tick", "date", "note", "attendance"] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const ANCHORS = ["start_date", "rollout_date"] as const;
export type Anchor = (typeof ANCHORS)[number];

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

type Id = Generated<number>;
type Flag = ColumnType<number, number | undefined, number>;

export interface ServiceAreaTable {
  id: Id;
  name: string;
  tol_person_id: number | null;
  created_at: string;
}

export interface UnitTable {
  id: Id;
  service_area_id: number;
  name: string;
  /** The code the HR system and SCIM's `department` know the unit by. */
  code: string | null;
  created_at: string;
}

export interface PersonTable {
  id: Id;
  name: string;
  email: string;
  unit_id: number | null;
  position: string;
  start_date: string | null;
  active: Flag;
  locale: ColumnType<string, string | undefined, string>;
  reminder_mode: ColumnType<ReminderMode, ReminderMode | undefined, ReminderMode>;
  /** The HR system's ansattnummer: what the HR export sync and SCIM's employeeNumber key on. */
  employee_number: string | null;
  /** SCIM's externalId (Entra ID sends the user's object id or mailNickname). */
  external_id: string | null;
  /** SCIM's userName (the user principal name), lower-cased; what Entra ID looks a person up by. */
  user_name: string | null;
  /** SCIM's department as the directory sent it (answered back unchanged); the unit is what it matched. */
  department: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the person left (deactivated); retention counts from here. Null while they work here. */
  left_at: string | null;
  anonymised_at: string | null;
  /** Why the scheduled anonymisation is held for this person; null = not held. */
  retention_hold: string | null;
  created_at: string;
  updated_at: string;
}

/** The identity a person signs in with: `tid`+`oid` for Entra ID, else `iss`+`sub`. */
export interface PersonIdentityTable {
  issuer: string;
  subject: string;
  person_id: number;
  created_at: string;
  last_sign_in_at: string | null;
}

export const TOKEN_SCOPES = ["scim"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A bearer token an integration (Entra ID's provisioning) authenticates with; only its hash is kept. */
export interface IntegrationTokenTable {
  id: Id;
  name: string;
  scope: TokenScope;
  token_hash: string;
  created_by: number | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Where a role came from: granted in Lederløp, or mapped from the person's groups at sign-in. */
export const ROLE_SOURCES = ["lederlop", "groups"] as const;
export type RoleSource = (typeof ROLE_SOURCES)[number];

export interface PersonRoleTable {
  person_id: number;
  role: Role;
  /** A `groups` role is granted and taken away by each sign-in through the provider; `lederlop` stays. */
  source: ColumnType<RoleSource, RoleSource | undefined, RoleSource>;
}

export interface ProgrammeTemplateTable {
  id: Id;
  key: string;
  name: string;
  description: string;
  anchor: Anchor;
  /** Bumped by every edit; a path remembers the version it follows. */
  version: ColumnType<number, number | undefined, number>;
  updated_at: string;
}

export interface TemplateStepTable {
  id: Id;
  template_id: number;
  position: number;
  title: string;
  description: string;
  responsible: Responsible;
  offset_days: number;
  evidence: Evidence;
  required: Flag;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  /** Reminder policy: days before the due date (0 = none), on the due date, then every N days overdue up to a cap. */
  remind_before_days: ColumnType<number, number | undefined, number>;
  remind_on_due: Flag;
  overdue_every_days: ColumnType<number, number | undefined, number>;
  overdue_max: ColumnType<number, number | undefined, number>;
  /** Days overdue before the leader's TOL is told; null = never. */
  escalate_after_days: ColumnType<number | null, number | null | undefined, number | null>;
}

export const REMINDER_MODES = ["individual", "daily"] as const;
export type ReminderMode = (typeof REMINDER_MODES)[number];

export interface PathTable {
  id: Id;
  person_id: number;
  template_id: number;
  template_version: number;
  anchor_date: string;
  created_at: string;
}

/** A snapshot of a template step inside one path, so template edits never rewrite history. */
export interface PathStepTable {
  id: Id;
  path_id: number;
  template_step_id: number;
  position: number;
  title: string;
  description: string;
  responsible: Responsible;
  evidence: Evidence;
  required: Flag;
  offset_days: number;
  due_date: string;
  removed_at: string | null;
}

export interface StepCompletionTable {
  id: Id;
  path_step_id: number;
  completed_by: number | null;
  completed_at: string;
  evidence_date: string | null;
  evidence_note: string | null;
  /** 1 when someone other than the leader recorded it (HR, organiser, TOL, admin). */
  confirmed: Flag;
  undone_at: string | null;
  undone_by: number | null;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface LoginTokenTable {
  id: Id;
  person_id: number;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  person_id: number;
  created_at: string;
  expires_at: string;
  /** The provider's ID token when the session was opened through it: the end-session request's hint. */
  id_token: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A fixed-window counter; the key (client address or email address) is stored hashed. */
export interface RateLimitTable {
  key_hash: string;
  count: number;
  reset_at: string;
}

export interface OutboxTable {
  id: Id;
  kind: string;
  to_address: string;
  to_person_id: number | null;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: string;
  send_after: string;
  status: OutboxStatus;
  attempts: ColumnType<number, number | undefined, number>;
  lease_until: string | null;
  /** Who holds the lease: a fresh random token per claim, required to send, extend and record. */
  claim_token: string | null;
  sent_at: string | null;
  message_id: string | null;
  last_error: string | null;
  /** (recipient, step, kind, date) for planned reminders; null for one-off mail. */
  dedupe_key: string | null;
  /** The step a reminder is about: delivery re-checks it is still open. */
  path_step_id: number | null;
  /** An iCalendar part (REQUEST or CANCEL) sent as the message's calendar event. */
  calendar_method: string | null;
  calendar: string | null;
}

/** A unit's Lean rollout (innføringsløp): its leaders' pre-rollout paths count back from start_date. */
export interface RolloutTable {
  id: Id;
  unit_id: number;
  start_date: string;
  guidance_months: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface TrainingSessionTable {
  id: Id;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  starts_at: string;
  ends_at: string;
  location: string;
  capacity: number;
  organiser_id: number | null;
  sequence: ColumnType<number, number | undefined, number>;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  kind: ColumnType<SessionKind, SessionKind | undefined, SessionKind>;
  /** The competence topic a session teaches (theme hours, forums); matches leaders' needs. */
  topic_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A course session of the training programme, a Lean leader forum, or a theme hour. */
export const SESSION_KINDS = ["course", "leader_forum", "theme_hour"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** The development unit's list of competence topics (e.g. the theme hours on offer). */
export interface CompetenceTopicTable {
  id: Id;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  position: number;
  retired_at: string | null;
  created_at: string;
}

/** The yearly leader agreement (lederavtale): held on a date, with the competence needs discussed. */
export interface LeaderAgreementTable {
  id: Id;
  person_id: number;
  /** The agreement year (season) it belongs to. */
  year: number;
  held_on: string;
  needs: ColumnType<string, string | undefined, string>;
  recorded_by: number | null;
  recorded_at: string;
  updated_at: string;
}

/** A person's calendar feed: the secret in its address, kept only as its SHA-256. */
export interface CalendarFeedTable {
  id: Id;
  person_id: number;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LeaderAgreementTopicTable {
  agreement_id: number;
  topic_id: number;
}

/** Which template steps attending a session fulfils. */
export interface SessionStepTable {
  session_id: number;
  template_step_id: number;
}

export const SIGNUP_STATUSES = ["confirmed", "waitlist", "cancelled"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

export interface SessionSignupTable {
  id: Id;
  session_id: number;
  person_id: number;
  status: SignupStatus;
  created_at: string;
  updated_at: string;
  attended_at: string | null;
}

/** The TOL's information meeting in a unit before its rollout (one per unit). */
export interface UnitMeetingTable {
  id: Id;
  unit_id: number;
  held_on: string;
  attendees: ColumnType<string, string | undefined, string>;
  recorded_by: number | null;
  recorded_at: string;
  /** JSON list of the path steps a record moved from (migration 012); null when recorded here. */
  moved_from: string | null;
}

export const GUIDANCE_DECISIONS = ["continue", "withdraw"] as const;
export type GuidanceDecision = (typeof GUIDANCE_DECISIONS)[number];

/** The guidance contract with the development unit, and its decision after the fishbone analysis. */
export interface GuidanceContractTable {
  id: Id;
  unit_id: number;
  agreed_on: string;
  period_start: string;
  period_end: string;
  decision: GuidanceDecision | null;
  decision_reason: string | null;
  decided_on: string | null;
  decided_by: number | null;
  recorded_by: number | null;
  recorded_at: string;
  updated_at: string;
  moved_from: string | null;
}

/** Each time the guidance period was lengthened, and why. */
export interface GuidanceExtensionTable {
  id: Id;
  unit_id: number;
  previous_end: string;
  new_end: string;
  reason: string;
  recorded_by: number | null;
  recorded_at: string;
}

export interface FishboneCategoryTable {
  id: Id;
  name: string;
  position: number;
  retired_at: string | null;
}

/** The fishbone analysis (FBA), at most six months after the rollout; the TOL takes part. */
export interface FishboneAnalysisTable {
  id: Id;
  unit_id: number;
  held_on: string;
  participants: ColumnType<string, string | undefined, string>;
  tol_took_part: Flag;
  recorded_by: number | null;
  recorded_at: string;
  moved_from: string | null;
}

export interface FishboneCauseTable {
  id: Id;
  analysis_id: number;
  category: string;
  description: string;
}

/** The n-th half-year revision (due n × 6 months after the rollout), with the TOL's Gemba walk. */
export interface UnitRevisionTable {
  id: Id;
  unit_id: number;
  number: number;
  held_on: string;
  gemba_on: string | null;
  development_unit_took_part: Flag;
  notes: ColumnType<string, string | undefined, string>;
  recorded_by: number | null;
  recorded_at: string;
  moved_from: string | null;
}

export const MEASURE_KINDS = ["measure", "follow_up"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_STATUSES = ["open", "done"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A measure (tiltak) from the fishbone analysis, or a follow-up area from a revision's deviation. */
export interface UnitMeasureTable {
  id: Id;
  unit_id: number;
  kind: MeasureKind;
  analysis_id: number | null;
  revision_id: number | null;
  title: string;
  owner_id: number | null;
  due_date: string;
  status: ColumnType<MeasureStatus, MeasureStatus | undefined, MeasureStatus>;
  closed_on: string | null;
  closed_by: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export const REVIEW_OUTCOMES = ["carried", "closed"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** What a revision did with a follow-up that was open when it was held. */
export interface MeasureReviewTable {
  measure_id: number;
  revision_id: number;
  outcome: ReviewOutcome;
}

export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type TemplateStep = Selectable<TemplateStepTable>;
export type PathStep = Selectable<PathStepTable>;
export type OutboxRow = Selectable<OutboxTable>;

/** A unit that has stopped working with Lean: no duties fall due after `ended_on`. */
export interface LeanEndTable {
  id: Id;
  unit_id: number;
  ended_on: string;
  reason: string;
  recorded_by: number | null;
  recorded_at: string;
}

/** The kinds of unit duty, each with its own reminder policy (a measure's covers follow-ups too). */
export const UNIT_DUTIES = ["meeting", "contract", "fba", "revision", "measure"] as const;
export type DutyKind = (typeof UNIT_DUTIES)[number];

export interface UnitDutyPolicyTable {
  duty: DutyKind;
  remind_before_days: number;
  remind_on_due: number;
  overdue_every_days: number;
  overdue_max: number;
  escalate_after_days: number | null;
  updated_at: string;
}

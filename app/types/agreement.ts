import type { SessionKind } from "../../db/schema";

/** The leader agreement's views, shared by the model and the pages that draw them. */
export interface AttendedSession {
  id: number;
  title: string;
  kind: SessionKind;
  startsAt: string;
  topic: string | null;
}

export interface AgreementView {
  id: number;
  year: number;
  heldOn: string;
  needs: string;
  topics: { id: number; name: string }[];
  recordedBy: string | null;
  /** What was done about these needs: sessions on its topics the leader attended after it, until the next agreement. */
  followUp: AttendedSession[];
}

export interface Suggestion {
  id: number;
  title: string;
  kind: SessionKind;
  startsAt: string;
  location: string;
  topic: string;
  free: number;
}


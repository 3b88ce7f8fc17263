/** The status filter of the leader list; shared by the page (browser) and the query (server). */
export const LEADER_STATUSES = ["overdue", "in_progress", "complete"] as const;
export type LeaderStatusFilter = (typeof LEADER_STATUSES)[number];

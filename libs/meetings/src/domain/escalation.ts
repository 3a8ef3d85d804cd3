/**
 * Escalation: what a group cannot settle goes up one level (APT → VSG → FSG → CSG), to its parent
 * group, or to a negotiation under MBL. The meeting records where the item went; the receiving
 * group's next agenda proposal gets it from carry-over when this meeting closes (its § is fixed
 * then), and the receiving meeting's outcome returns the same way (see carry-over/escalations.ts).
 */

/** A group as the escalation names it: printed in both groups' documents ("Överlämnat till VSG …"). */
export interface EscalationGroup {
  groupId: string;
  name: string;
  levels: string[];
}

export type EscalationTarget =
  | ({ kind: 'parent-group' } & EscalationGroup)
  /** "Överlämnas till förhandling enligt MBL": a decision on the item waits for the negotiation. */
  | { kind: 'mbl-negotiation' };

export const ESCALATION_TARGET_KINDS = ['parent-group', 'mbl-negotiation'] as const;

/** What the meeting recorded: where the item went, the question as put, and from which group. */
export interface EscalationRecord {
  to: EscalationTarget;
  /** The question as the receiving group is to take it up; the item's title when left out. */
  question?: string;
  from: EscalationGroup;
  /** Only for an MBL negotiation: it is pending until a later meeting records the decision. */
  negotiation?: 'pending';
}

/** The request: the target the chair names, the groups as the use case read them. */
export interface EscalationInput {
  to: { kind: 'parent-group'; groupId: string } | { kind: 'mbl-negotiation' };
  question?: string;
  /** The meeting's own group, read by the caller. */
  group: EscalationGroup & { parentGroupId?: string };
  /** The group's parent, read by the caller; absent when the group has none (a CSG). */
  parent?: EscalationGroup;
}

/** "VSG Hemtjänst" for the documents: the group's name already says its level in most tenants. */
export const escalationTargetLabel = (to: EscalationTarget): string =>
  to.kind === 'parent-group' ? to.name : 'förhandling enligt MBL';

import type { GroupLevel } from './group-level.js';

/**
 * How a group's protocols are justerade: by the employer and the union organisations (the formal
 * samverkan levels), by the employer alone, or not at all (DOMAIN: at an APT "justering is often
 * not used"; the manager's notes are final when the meeting closes).
 */
export const JUSTERING_SETTINGS = ['parties', 'employer', 'off'] as const;
export type JusteringSetting = (typeof JUSTERING_SETTINGS)[number];

/** What a meeting of the group follows; fixed into the meeting when it is scheduled. */
export interface MeetingRules {
  /** False at an APT: members attend without a party, and the documents list them as one group. */
  formalParties: boolean;
  justering: JusteringSetting;
  /**
   * A union justerare may justera for their organisation's federation ("för TCO"), as the group's
   * agreement says. Left out by meetings scheduled before it was kept: false.
   */
  justeringByFederation?: boolean;
}

/** Meetings scheduled before groups had rules (their events carry none) kept the formal ones. */
export const FORMAL_MEETING_RULES: MeetingRules = { formalParties: true, justering: 'parties' };

/**
 * The samverkan levels (CSG, FSG, VSG/LSG) have formal parties; the APT, the workplace meeting,
 * has none. A group that combines APT with a samverkan level keeps the formal parties, and so does
 * a group of no known level (the safe side: nobody loses a party).
 */
export const hasFormalParties = (levels: readonly GroupLevel[]): boolean =>
  !(levels.length > 0 && levels.every((level) => level === 'APT'));

/**
 * The justering a level starts with: the parties at the samverkan levels; none at an APT, where
 * DOMAIN says justering is often not used (a group may switch to the employer's justering).
 */
export const defaultJustering = (levels: readonly GroupLevel[]): JusteringSetting =>
  hasFormalParties(levels) ? 'parties' : 'off';

/** The settings a level allows: the samverkan levels keep today's justering by both sides. */
export const allowedJustering = (levels: readonly GroupLevel[]): readonly JusteringSetting[] =>
  hasFormalParties(levels) ? ['parties'] : ['off', 'employer'];

import type { FollowUpLine, MeetingHeader, PartyStatementText, RevisionInfo } from './common.js';

export interface MinnesanteckningarItem {
  itemId: string;
  paragraph?: number;
  title: string;
  text?: string;
  statements: PartyStatementText[];
  /** The decision's outcome, for Beslut items. */
  outcome?: string;
  followUps: FollowUpLine[];
  protokollsanteckningar: PartyStatementText[];
  deferral?: { reason: string };
  confidential?: { reason?: string; omitted?: boolean };
}

/** "Information", "Dialog", "Beslut", "Övriga frågor": items in agenda order within each. */
export interface MinnesanteckningarSection {
  heading: string;
  items: MinnesanteckningarItem[];
}

/**
 * The fuller notes, laid out as seed 002: title, "Bilaga till protokoll N/YYYY", the chair line with
 * substitutions, the sections, the closing and the justering sentence.
 */
export interface MinnesanteckningarDocument {
  kind: 'minnesanteckningar';
  header: MeetingHeader;
  revision: RevisionInfo;
  /** Who chairs: the ordförande, or the one who replaces them. */
  chair: { name?: string; absent?: string; substitute?: string };
  /** "X är frånvarande, Y ersätter." for everyone else replaced. */
  substitutions: { absent: string; substitute: string }[];
  sections: MinnesanteckningarSection[];
  closing: string;
  /** "A justerar protokollet för Vision och B för arbetsgivaren."; absent until justerare are appointed. */
  justeringSentence?: string;
  omittedItems: number;
}

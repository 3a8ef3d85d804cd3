import type { ItemContent, MeetingHeader, RevisionInfo } from './common.js';

/** An item of the notes; `outcome` only on a decision (the notes carry texts, not formulae). */
export interface MinnesanteckningarItem extends ItemContent {
  itemId: string;
  paragraph?: number;
  /** "a", "b": a sub-item of the item before it. */
  subItem?: string;
  title: string;
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

/** A calendar date, `YYYY-MM-DD`, validated strictly (2019-02-30 is refused). */
export type IsoDate = string;

/** An instant in UTC, `YYYY-MM-DDTHH:mm[:ss[.sss]]Z`. Europe/Stockholm is a display concern. */
export type IsoInstant = string;

/** A person as the domain needs them: a stable id and the name printed in documents. */
export interface PersonRef {
  personId: string;
  name: string;
}

export type Side = 'employer' | 'union';

/**
 * Who speaks, proposes, disagrees or justerar: the employer, or one union organisation by name.
 * Union organisations are identified by their name because that is what every document prints
 * and the per-tenant list is short; the tenant's list is passed in wherever a name is checked.
 */
export type Party = { side: 'employer' } | { side: 'union'; organisation: string };

/** A party's own statement: a comment on information, a view in dialog, a protokollsanteckning. */
export interface PartyStatement {
  party: Party;
  text: string;
}

export const MEMBER_ROLES = [
  'ordförande',
  'vice ordförande',
  'sekreterare',
  'ledamot',
  'ersättare',
  'skyddsombud',
  /** The skyddsombud who coordinates the others where there are several (AML 6:3). */
  'huvudskyddsombud',
  'adjungerad',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** How a group writes its protocol numbers: "2/2019" or "2/19". */
export const PROTOCOL_NUMBER_FORMATS = ['N/YYYY', 'N/YY'] as const;
export type ProtocolNumberFormat = (typeof PROTOCOL_NUMBER_FORMATS)[number];

/** Protocol numbers run per group per year: "Protokoll 2/2019", "Protokoll 16/20". */
export interface ProtocolNumber {
  number: number;
  year: number;
  /** The format of the group's series that year; numbers given before series existed are N/YYYY. */
  format?: ProtocolNumberFormat;
}

/** "2/2019", or "2/19" in a series written N/YY. */
export const formatProtocolNumber = ({ number, year, format }: ProtocolNumber): string =>
  `${number}/${format === 'N/YY' ? String(year).slice(-2) : year}`;

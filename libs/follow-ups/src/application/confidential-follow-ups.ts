/**
 * A follow-up decided on a confidential item, as someone outside its group sees it (HR, a
 * responsible person who is not a member): that it exists, whose it is and when it is due, but
 * not what it is about. The same rule as the meeting view and the documents' public version
 * (seesConfidentialItems); `omitted: true` says content was left out, so a client can say so.
 */
export interface OmittedContent {
  omitted?: true;
}

interface WithConfidentialContent {
  confidential?: boolean;
  action: string;
  closingReason?: string | null;
  /** The reports themselves (the view) or how many there are (the list). */
  reports: ReadonlyArray<{ text: string }> | number;
}

export function withoutConfidentialContent<T extends WithConfidentialContent>(
  followUp: T,
  seesContent: boolean,
): T & OmittedContent {
  if (seesContent || followUp.confidential !== true) return followUp;
  return {
    ...followUp,
    action: '',
    // Texts left out are empty, as the meeting view leaves a hidden item's title.
    ...(typeof followUp.closingReason === 'string' ? { closingReason: '' } : {}),
    ...(typeof followUp.reports === 'number'
      ? {}
      : { reports: followUp.reports.map((report) => ({ ...report, text: '' })) }),
    omitted: true,
  };
}

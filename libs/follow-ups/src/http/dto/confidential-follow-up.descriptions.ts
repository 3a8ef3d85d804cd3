/** How the API describes a follow-up decided on a confidential item (list and view alike). */
export const CONFIDENTIAL_FOLLOW_UP =
  'Decided on a confidential item: only active members of the group see its action, reports and closing note.';

export const OMITTED_CONTENT =
  'Present when the caller is not an active member of the group and the follow-up is confidential: ' +
  'action, closing note and report texts are empty.';

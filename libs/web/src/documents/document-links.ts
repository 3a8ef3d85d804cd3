/** The document files of a meeting, as the documents API serves them (/api/meetings/{id}/documents/…). */
export type DocumentName = 'protokoll' | 'minnesanteckningar' | 'kallelse' | `protokollsutdrag-${number}`;

export interface DocumentLinkOptions {
  revision?: number;
  audience?: 'public';
}

/** A link to one document file; the page of a revision names it, so a later revision never answers instead. */
export function documentHref(
  meetingId: string,
  name: DocumentName,
  format: 'html' | 'pdf' | 'ics',
  options: DocumentLinkOptions = {},
): string {
  const query = new URLSearchParams();
  if (options.revision !== undefined) query.set('revision', String(options.revision));
  if (options.audience) query.set('audience', options.audience);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return `/api/meetings/${encodeURIComponent(meetingId)}/documents/${name}.${format}${search}`;
}

/** The Dokument page of a meeting (its documents, their revisions and PDFs). */
export const documentsPageHref = (meetingId: string) => `/dokument/${encodeURIComponent(meetingId)}`;

/** The Justering page of a meeting. */
export const justeringPageHref = (meetingId: string) => `/justering/${encodeURIComponent(meetingId)}`;

/** The archive package of a meeting (a ZIP for the e-arkiv, docs/archive-package.md). */
export const archivePackageHref = (meetingId: string) =>
  `/api/meetings/${encodeURIComponent(meetingId)}/archive-package`;
/** Where anyone verifies a copy of a justerat document (no sign-in). */
export const VERIFICATION_PAGE = '/verifiera';

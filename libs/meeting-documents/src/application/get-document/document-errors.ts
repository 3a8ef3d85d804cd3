import { DomainError } from '#libs/ddd';

/** The codes of the document endpoints (the documents are read models, not a stream of their own). */
export const DOCUMENT_ERROR = {
  UNKNOWN: 'DOCUMENT.UNKNOWN',
  NOT_FOUND: 'DOCUMENT.NOT_FOUND',
  NO_SUCH_PARAGRAPH: 'DOCUMENT.NO_SUCH_PARAGRAPH',
  INTEGRITY_FAILED: 'DOCUMENT.INTEGRITY_FAILED',
} as const;

export const documentError = {
  /** A file name that names no document: answered as a page that does not exist. */
  unknown: (file: string) =>
    new DomainError(
      'not_found',
      DOCUMENT_ERROR.UNKNOWN,
      `There is no document ${file}: use protokoll, minnesanteckningar, kallelse or protokollsutdrag-<§> with .html, .pdf or .json (kallelse also .ics)`,
      { file },
    ),
  /**
   * The meeting exists but this version of the document does not: an unknown revision, or one the
   * worker has not written yet (documents follow the event log within moments).
   */
  notFound: (meetingId: string, kind: string, revision: number | undefined) =>
    new DomainError(
      'not_found',
      DOCUMENT_ERROR.NOT_FOUND,
      revision === undefined
        ? `The ${kind} of meeting ${meetingId} is not rendered yet; try again in a moment`
        : `The ${kind} of meeting ${meetingId} has no revision ${revision}`,
      { meetingId, ...(revision === undefined ? {} : { revision }) },
    ),
  noSuchParagraph: (paragraph: number) =>
    new DomainError('not_found', DOCUMENT_ERROR.NO_SUCH_PARAGRAPH, `The protocol has no § ${paragraph}`, {
      paragraph,
    }),
  /**
   * The stored revision does not match the justering recorded in the meeting's log: someone or
   * something edited the read model. Never served. Not the caller's fault, but no 500 either (our
   * rule: every refusal has a kind and a code): a conflict between the read model and the log,
   * which a rebuild of the document projection resolves.
   */
  integrityFailed: (meetingId: string, kind: string, revision: number, justeringHash: string) =>
    new DomainError(
      'conflict',
      DOCUMENT_ERROR.INTEGRITY_FAILED,
      `Revision ${revision} of the ${kind} of meeting ${meetingId} does not match its justering in the event log, so it is not served; this is logged, and rebuilding the documents-${kind} read model restores it`,
      { meetingId, revision, justeringHash },
    ),
};

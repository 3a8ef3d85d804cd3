import { DomainError } from '#libs/ddd';
import { MEETING_ERROR } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';

/** A refusal of the justering forms, in Swedish: next to the comment field, or above the forms. */
export interface JusteringProblem {
  field: 'comment' | null;
  text: string;
}

/**
 * The codes the justering commands answer with (the API's problem+json codes), said in Swedish.
 * Only the refusals a justerare can meet on this page: access errors go to the error page.
 */
export function justeringProblem(error: DomainError): JusteringProblem | undefined {
  const maxLength = error.details['maxLength'];
  switch (error.code) {
    case VALIDATION_ERROR.TEXT_REQUIRED:
      return { field: 'comment', text: 'Skriv vad som behöver ändras i protokollet.' };
    case VALIDATION_ERROR.TEXT_TOO_LONG:
      return { field: 'comment', text: `Kommentaren får vara högst ${String(maxLength)} tecken.` };
    case MEETING_ERROR.TEXT_HASH_MISMATCH:
      return {
        field: null,
        text: 'Protokollet har ändrats sedan du öppnade sidan. Läs den version som visas nu och försök igen.',
      };
    case MEETING_ERROR.REVISION_NOT_LATEST:
    case MEETING_ERROR.UNKNOWN_REVISION:
      return {
        field: null,
        text: 'Det finns en nyare revision av protokollet. Läs den version som visas nu och försök igen.',
      };
    case MEETING_ERROR.CHANGE_REQUESTED:
      return {
        field: null,
        text: 'En justerare har begärt en ändring. Protokollet kan justeras när sekreteraren har gjort en ny revision.',
      };
    case MEETING_ERROR.JUSTERAT:
      return { field: null, text: 'Protokollet är redan justerat.' };
    case MEETING_ERROR.NOT_CLOSED:
      return { field: null, text: 'Mötet är inte avslutat, så det finns inget protokoll att justera än.' };
    case MEETING_ERROR.NOT_A_JUSTERARE:
    case MEETING_ERROR.NOT_OWN_ORGANISATION:
      return { field: null, text: 'Du är inte utsedd till justerare för det här mötet.' };
    default:
      return undefined;
  }
}

/** The textHash the page was rendered with no longer names the protocol as it is: the same refusal as the approval's. */
export const textChangedSinceRead = (revision: number) =>
  new DomainError(
    'rule',
    MEETING_ERROR.TEXT_HASH_MISMATCH,
    'The protocol text has changed since you read it',
    {
      revision,
    },
  );

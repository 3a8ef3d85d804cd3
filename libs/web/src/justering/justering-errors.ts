import { DomainError } from '#libs/ddd';
import { MEETING_ERROR } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';

/**
 * A refusal of the justering forms, in Swedish: next to the field it concerns (its id on the page:
 * comment, wording, target, lastDate, reason; the page makes reason the answered proposal's own),
 * or above the forms.
 */
export interface JusteringProblem {
  field: string | null;
  text: string;
}

/** The form field a text refusal belongs to, by the command field it names. */
const TEXT_FIELDS: Record<string, string> = { comment: 'comment', wording: 'wording', reason: 'reason' };

const TEXT_REQUIRED: Record<string, string> = {
  comment: 'Skriv vad som behöver ändras i protokollet.',
  wording: 'Skriv den lydelse du vill ha, eller lämna fältet tomt.',
  reason: 'Skriv en motivering till ditt svar.',
};

const ABOVE = (text: string): JusteringProblem => ({ field: null, text });

/**
 * The codes the justering commands answer with (the API's problem+json codes), said in Swedish.
 * Only the refusals a justerare or the secretary can meet on this page: access errors go to the
 * error page.
 */
export function justeringProblem(error: DomainError): JusteringProblem | undefined {
  const field = String(error.details['field'] ?? '');
  switch (error.code) {
    case VALIDATION_ERROR.TEXT_REQUIRED:
      if (field.startsWith('corrections')) return ABOVE('Skriv den nya lydelsen för att godta förslaget.');
      return { field: TEXT_FIELDS[field] ?? null, text: TEXT_REQUIRED[field] ?? 'Fyll i fältet.' };
    case VALIDATION_ERROR.TEXT_TOO_LONG:
      return {
        field: TEXT_FIELDS[field] ?? null,
        text: `Texten får vara högst ${String(error.details['maxLength'])} tecken.`,
      };
    case VALIDATION_ERROR.INVALID_DATE:
      return { field: 'lastDate', text: 'Skriv ett datum som finns, till exempel 2019-03-04.' };
    case MEETING_ERROR.LAST_DATE_IN_PAST:
      return { field: 'lastDate', text: 'Sista dagen för justering kan inte vara före i dag.' };
    case MEETING_ERROR.LAST_DATE_TOO_FAR:
      return { field: 'lastDate', text: 'Sista dagen för justering kan vara högst ett år fram.' };
    case MEETING_ERROR.NOT_A_PARAGRAPH:
      return { field: 'target', text: 'Välj vilken paragraf förslaget gäller.' };
    case MEETING_ERROR.WORDING_WITHOUT_RECORD:
    case MEETING_ERROR.NOTHING_TO_CORRECT:
      return { field: 'target', text: 'Välj vilken text i paragrafen din lydelse ska ersätta.' };
    case MEETING_ERROR.PROPOSAL_WITHOUT_WORDING:
      return ABOVE('Förslaget har ingen lydelse: skriv den nya texten för att godta det.');
    case MEETING_ERROR.UNKNOWN_PROPOSAL:
      return ABOVE('Förslaget finns inte.');
    case MEETING_ERROR.PROPOSAL_ANSWERED:
      return ABOVE('Förslaget är redan besvarat.');
    case VALIDATION_ERROR.INVALID_VALUE:
      return ABOVE('Välj Godta eller Avslå.');
    case MEETING_ERROR.NOT_SECRETARY:
      return ABOVE('Bara mötets sekreterare eller ordförande kan göra det.');
    case MEETING_ERROR.JUSTERING_OFF:
      return ABOVE('Gruppen justerar inte sina protokoll.');
    case MEETING_ERROR.TEXT_HASH_MISMATCH:
      return ABOVE(
        'Protokollet har ändrats sedan du öppnade sidan. Läs den version som visas nu och försök igen.',
      );
    case MEETING_ERROR.REVISION_NOT_LATEST:
    case MEETING_ERROR.UNKNOWN_REVISION:
      return ABOVE(
        'Det finns en nyare revision av protokollet. Läs den version som visas nu och försök igen.',
      );
    case MEETING_ERROR.CHANGE_REQUESTED:
      return ABOVE(
        'En justerare har föreslagit en ändring. Protokollet kan justeras när sekreteraren har svarat på förslaget.',
      );
    case MEETING_ERROR.JUSTERAT:
      return ABOVE('Protokollet är redan justerat.');
    case MEETING_ERROR.NOT_CLOSED:
      return ABOVE('Mötet är inte avslutat, så det finns inget protokoll att justera än.');
    case MEETING_ERROR.NOT_A_JUSTERARE:
    case MEETING_ERROR.NOT_OWN_ORGANISATION:
      return ABOVE('Du är inte utsedd till justerare för det här mötet.');
    default:
      return undefined;
  }
}

/**
 * A refusal of the rättelse form (one recorded text, its new wording, the reason), at its field;
 * what it shares with the other forms is said as they say it.
 */
export function correctionProblem(error: DomainError): JusteringProblem | undefined {
  const field = String(error.details['field'] ?? '');
  switch (error.code) {
    case VALIDATION_ERROR.TEXT_REQUIRED:
      return field === 'reason'
        ? { field: 'reason', text: 'Skriv varför protokollet rättas.' }
        : { field: 'text', text: 'Skriv den rättade texten.' };
    case VALIDATION_ERROR.TEXT_TOO_LONG:
      return {
        field: field === 'reason' ? 'reason' : 'text',
        text: `Texten får vara högst ${String(error.details['maxLength'])} tecken.`,
      };
    case VALIDATION_ERROR.INVALID_VALUE:
    case MEETING_ERROR.ITEM_NOT_ON_AGENDA:
    case MEETING_ERROR.NOTHING_TO_CORRECT:
      return { field: 'target', text: 'Välj vilken text i protokollet som ska rättas.' };
    case MEETING_ERROR.NOT_JUSTERAT:
      return ABOVE('Protokollet är inte justerat än: ändra det genom att svara på ett ändringsförslag.');
    default:
      return justeringProblem(error);
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

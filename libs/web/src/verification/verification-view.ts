import { DomainError } from '#libs/ddd';
import { stockholmDate, stockholmTime, swedishLongDate } from '#libs/documents';
import { REQUEST_ERROR } from '#libs/http';
import { VERIFICATION_ERROR, type VerificationAnswer } from '#libs/meeting-documents';

/** Which of the page's two forms a message belongs to. */
export type VerificationField = 'fil' | 'kontrollsumma';

export interface VerificationProblem {
  field: VerificationField;
  text: string;
}

export interface VerificationResult {
  match: boolean;
  heading: string;
  sentence: string;
  sha256: string;
}

/** `'2019-02-27T09:00:00Z'` → `'den 27 februari 2019 kl. 10.00'` (Stockholm). */
const swedishInstant = (instant: string) =>
  `${swedishLongDate(stockholmDate(instant))} kl. ${stockholmTime(instant)}`;

/** "A", "A och B", "A, B och C". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** The answer as the page says it, in Swedish. */
export function resultOf(answer: VerificationAnswer): VerificationResult {
  if (!answer.match) {
    return {
      match: false,
      heading: 'Ingen träff',
      sentence:
        'Filen motsvarar inget justerat protokoll i tjänsten. Den kan vara ändrad (en enda ändrad byte räcker), ' +
        'ett utkast, eller en kopia som inte kommer från tjänsten. Hämta protokollet på nytt från tjänsten om du behöver en äkta kopia.',
      sha256: answer.sha256,
    };
  }
  const protocol = `protokoll ${answer.meeting.number}`;
  const what =
    answer.document === 'protokollsutdrag'
      ? `protokollsutdrag § ${answer.paragraph ?? ''} ur ${protocol}`
      : answer.document === 'minnesanteckningar'
        ? `minnesanteckningarna till ${protocol}`
        : protocol;
  const group = answer.organisation ? `${answer.group}, ${answer.organisation}` : answer.group;
  const approvals = swedishList(
    answer.approvals.map(
      (approval) =>
        `${approval.name} (${approval.party})${approval.at ? ` ${swedishInstant(approval.at)}` : ''}`,
    ),
  );
  return {
    match: true,
    heading: 'Kopian är äkta',
    sentence:
      `Kopian är den justerade versionen av ${what} för ${group}, mötet ${swedishLongDate(answer.meeting.date)} ` +
      `(revision ${answer.revision}), justerad av ${approvals}. Protokollet blev justerat ${swedishInstant(answer.justeradAt)}.`,
    sha256: answer.sha256,
  };
}

/** A refusal of the verification as the page says it, at the field it concerns; undefined for any other error. */
export function problemOf(
  error: unknown,
  field: VerificationField,
  maxBytes: number,
): VerificationProblem | undefined {
  if (!(error instanceof DomainError)) return undefined;
  switch (error.code) {
    case VERIFICATION_ERROR.NOT_A_PDF:
      return { field, text: 'Filen är ingen PDF. Välj PDF-filen du hämtade från tjänsten.' };
    case VERIFICATION_ERROR.INVALID_HASH:
      return {
        field,
        text: 'Kontrollsumman ska vara 64 tecken långa, bara siffrorna 0–9 och bokstäverna a–f (SHA-256).',
      };
    case VERIFICATION_ERROR.NOTHING_TO_VERIFY:
      return field === 'fil'
        ? { field, text: 'Välj en PDF-fil att verifiera.' }
        : { field, text: 'Klistra in filens kontrollsumma (SHA-256).' };
    case VERIFICATION_ERROR.TOO_LARGE:
      return {
        field,
        text: `Filen är för stor. Största filen som kan verifieras är ${megabytes(maxBytes)} MB.`,
      };
    case VERIFICATION_ERROR.TOO_MANY_REQUESTS:
      return {
        field,
        text: `Du har verifierat många filer på kort tid. Försök igen om ${String(error.details['retryAfterSeconds'])} sekunder.`,
      };
    case REQUEST_ERROR.INVALID:
      return { field, text: 'Filen kunde inte läsas. Välj den igen och försök på nytt.' };
    default:
      return undefined;
  }
}

const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

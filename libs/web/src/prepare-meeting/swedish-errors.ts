import { DomainError } from '#libs/ddd';
import { VALIDATION_ERROR } from '#libs/shared-kernel';
import { MEETING_ERROR } from '#libs/meetings';
import type { FormProblem } from './page-form.js';

/**
 * The refusals a preparation form can meet, from the one taxonomy (the codes the API answers), in
 * Swedish, each with the form field it concerns. A refusal not listed here is not the user's to
 * correct on the form (403, 404, a fault): it goes on to the page's error filter instead.
 */
const MESSAGES: Record<string, { text: string; field?: string }> = {
  [MEETING_ERROR.ENDS_BEFORE_START]: { text: 'Mötet måste sluta efter att det börjar.', field: 'slut' },
  [MEETING_ERROR.LOCATION_REQUIRED]: { text: 'Ange en plats eller en videolänk.', field: 'plats' },
  [MEETING_ERROR.RESCHEDULED_TO_ANOTHER_YEAR]: {
    text: 'Mötet kan inte flyttas till ett annat år: protokollnumret gäller året.',
    field: 'datum',
  },
  [MEETING_ERROR.UNDER_WAY]: {
    text: 'Något är redan protokollfört på mötet: det kan inte flyttas eller ställas in längre.',
  },
  [MEETING_ERROR.CLOSED]: { text: 'Mötet är avslutat: dagordningen och kallelsen kan inte ändras längre.' },
  [MEETING_ERROR.CANCELLED]: { text: 'Mötet är inställt: inget mer kan ändras på det.' },
  [MEETING_ERROR.INVALID_ESTIMATE]: {
    text: 'Ange minuter som ett heltal från 1 till 600.',
    field: 'minuter',
  },
  [MEETING_ERROR.REMOVAL_REASON_REQUIRED]: {
    text: 'En punkt som en facklig organisation har begärt tas bara bort med en motivering, som förslagsställaren får läsa.',
    field: 'motivering',
  },
  [MEETING_ERROR.ITEM_ALREADY_RECORDED]: {
    text: 'Något är redan protokollfört på punkten: den kan inte tas bort.',
  },
  [MEETING_ERROR.UNKNOWN_SECTION]: {
    text: 'Avsnittet finns inte i gruppens protokollsmall.',
    field: 'avsnitt',
  },
  [MEETING_ERROR.UNKNOWN_PARENT_ITEM]: { text: 'Punkten att lägga den under finns inte.', field: 'under' },
  [MEETING_ERROR.INVALID_SUB_ITEM]: {
    text: 'En underpunkt står under en huvudpunkt i samma avsnitt, och inte under sig själv eller en annan underpunkt.',
    field: 'under',
  },
  [MEETING_ERROR.DUPLICATE_ITEM_ID]: { text: 'Punkten finns redan på dagordningen.' },
  [MEETING_ERROR.EMPTY_AGENDA]: {
    text: 'Dagordningen är tom: lägg till minst en punkt innan kallelsen skickas.',
  },
  [MEETING_ERROR.NO_RECIPIENTS]: { text: 'Välj minst en mottagare.', field: 'mottagare' },
  [MEETING_ERROR.VERSION_MISMATCH]: {
    text: 'Någon annan har ändrat mötet sedan du öppnade sidan. Sidan visar nu det senaste: gör ändringen igen om den behövs.',
  },
  [MEETING_ERROR.CONCURRENT_UPDATE]: {
    text: 'Någon annan ändrade mötet i samma stund. Försök igen.',
  },
  [VALIDATION_ERROR.INVALID_INSTANT]: { text: 'Ange ett datum och en tid som finns.', field: 'datum' },
  [VALIDATION_ERROR.INVALID_VALUE]: { text: 'Välj ett av alternativen.' },
  [VALIDATION_ERROR.UNKNOWN_UNION_ORGANISATION]: {
    text: 'Organisationen finns inte bland arbetsgivarens fackliga organisationer.',
    field: 'forslagsstallare',
  },
};

/** The last part of a command's field path ("items[2].title" → "title"). */
const lastSegment = (path: unknown) => (typeof path === 'string' ? (path.split('.').pop() ?? '') : '');

/** The command's field names, as the forms name their inputs. */
const FORM_FIELD: Record<string, string> = {
  title: 'titel',
  place: 'plats',
  videoLink: 'videolank',
  dnr: 'dnr',
  reason: 'motivering',
  kind: 'typ',
  startsAt: 'start',
  endsAt: 'slut',
  workEnvironmentTopic: 'arbetsmiljofraga',
};

/**
 * The problem to show on `form`, or undefined when the error is not one a form shows (the caller
 * rethrows it). Text too long or empty names its field from the command's field path.
 */
export function formProblemOf(error: unknown, form: string): FormProblem | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const field = FORM_FIELD[lastSegment(error.details['field'])];
  if (error.code === VALIDATION_ERROR.TEXT_REQUIRED) {
    return problem(form, 'Fältet får inte vara tomt.', field);
  }
  if (error.code === VALIDATION_ERROR.TEXT_TOO_LONG) {
    return problem(form, `Högst ${String(error.details['maxLength'])} tecken.`, field);
  }
  const known = MESSAGES[error.code];
  if (!known) return undefined;
  return problem(form, known.text, known.field ?? (error.code.startsWith('VALIDATION.') ? field : undefined));
}

export function problem(form: string, message: string, field?: string): FormProblem {
  return { form, message, fields: field ? { [field]: message } : {} };
}

/** The status a refused form is answered with, as the API would (400 shape, 409 rule, 412 stale). */
export function statusOfProblem(error: unknown): number {
  if (!(error instanceof DomainError)) return 400;
  if (error.kind === 'precondition') return 412;
  if (error.kind === 'conflict' || error.kind === 'rule')
    return error.code.startsWith('VALIDATION.') ? 400 : 409;
  return 400;
}

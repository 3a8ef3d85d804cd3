import { DomainError } from '#libs/ddd';
import { GROUP_ERROR, ORGANISATION_ERROR } from '#libs/groups';
import { IDENTITY_ERROR, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '#libs/identity';
import { VALIDATION_ERROR } from '#libs/shared-kernel';
import type { FormProblem } from '../prepare-meeting/page-form.js';
import { problem } from '../prepare-meeting/swedish-errors.js';

/**
 * The refusals the administration forms can meet, from the one taxonomy (the codes the API answers
 * with), in Swedish, each with the form field it concerns. A refusal not listed here is not the
 * admin's to correct on the form (403, 404, a fault): it goes on to the page's error filter.
 */
const MESSAGES: Record<string, { text: string; field?: string }> = {
  [ORGANISATION_ERROR.ALREADY_CREATED]: { text: 'Organisationen finns redan.' },
  [ORGANISATION_ERROR.NOT_CREATED]: { text: 'Lägg först upp organisationen under Organisation och enheter.' },
  [ORGANISATION_ERROR.UNIT_ID_TAKEN]: { text: 'Det finns redan en enhet med det id:t.' },
  [ORGANISATION_ERROR.UNKNOWN_PARENT_UNIT]: {
    text: 'Förvaltningen finns inte längre. Välj en annan.',
    field: 'overordnad',
  },
  [ORGANISATION_ERROR.UNKNOWN_UNIT]: {
    text: 'Välj bara enheter som finns i organisationen.',
    field: 'enheter',
  },
  [ORGANISATION_ERROR.UNION_ORGANISATION_NOT_LISTED]: {
    text: 'Organisationen finns inte på listan (den kan redan vara borttagen).',
  },
  [ORGANISATION_ERROR.REMINDER_LEAD_DAYS_OUT_OF_RANGE]: {
    text: 'Ange ett helt antal dagar från 1 till 60, till exempel 7.',
    field: 'dagar',
  },
  [ORGANISATION_ERROR.JUSTERING_DAYS_OUT_OF_RANGE]: {
    text: 'Ange ett helt antal dagar från 1 till 60, till exempel 7.',
    field: 'dagar',
  },
  [ORGANISATION_ERROR.VERSION_MISMATCH]: {
    text: 'Någon annan har ändrat organisationen sedan du öppnade sidan. Sidan visar nu det senaste: gör ändringen igen om den behövs.',
  },
  [ORGANISATION_ERROR.CONCURRENT_UPDATE]: {
    text: 'Någon annan ändrade organisationen i samma stund. Försök igen.',
  },
  [VALIDATION_ERROR.UNKNOWN_FEDERATION]: {
    text: 'Välj Saco, TCO, LO eller ingen.',
    field: 'centralorganisation',
  },
  [GROUP_ERROR.INVALID_LEVEL]: { text: 'Välj minst en nivå.', field: 'nivaer' },
  [GROUP_ERROR.OWN_PARENT]: {
    text: 'En grupp kan inte vara sin egen överordnade grupp.',
    field: 'overordnad',
  },
  [GROUP_ERROR.UNKNOWN_UNIT]: {
    text: 'Välj den förvaltning eller enhet som gruppen hör till.',
    field: 'enhet',
  },
  [GROUP_ERROR.UNKNOWN_PARENT_GROUP]: { text: 'Den överordnade gruppen finns inte.', field: 'overordnad' },
  [GROUP_ERROR.ALREADY_MEMBER]: {
    text: 'Personen är redan ledamot med en annan part eller roll. Låt personen lämna gruppen först.',
    field: 'person',
  },
  [GROUP_ERROR.PARTY_REQUIRED]: {
    text: 'I en samverkansgrupp sitter varje ledamot för arbetsgivaren eller en facklig organisation: välj part.',
    field: 'part',
  },
  [GROUP_ERROR.NO_FORMAL_PARTIES]: {
    text: 'En APT har inga formella parter: välj Medarbetare eller Arbetsgivaren.',
    field: 'part',
  },
  [GROUP_ERROR.NOT_A_MEMBER]: { text: 'Personen är inte ledamot i gruppen.', field: 'person' },
  [GROUP_ERROR.LEFT_BEFORE_JOINED]: {
    text: 'Dagen personen lämnar kan inte vara före dagen personen gick in i gruppen.',
    field: 'lamnar',
  },
  [GROUP_ERROR.INVALID_YEAR]: { text: 'Ange ett år med fyra siffror, till exempel 2019.', field: 'ar' },
  [GROUP_ERROR.INVALID_NOTICE_TIMES]: {
    text: 'Ange hela dagar från 1 till 90, och dagordningen högst lika många dagar före mötet som kallelsen.',
    field: 'dagordning',
  },
  [GROUP_ERROR.INVALID_FIRST_PROTOCOL_NUMBER]: {
    text: 'Ange det första numret som ett heltal från 1 till 9999.',
    field: 'forsta',
  },
  [GROUP_ERROR.INVALID_PROTOCOL_NUMBER_FORMAT]: { text: 'Välj hur numren skrivs.', field: 'format' },
  [GROUP_ERROR.PROTOCOL_NUMBER_SERIES_COLLIDES]: {
    text: 'Serien skulle ändra protokollnummer som redan är givna det året. Börja efter det senaste numret och behåll formatet.',
    field: 'forsta',
  },
  [GROUP_ERROR.JUSTERING_NOT_FOR_LEVEL]: {
    text: 'Gruppens nivå tillåter inte det sättet att justera.',
    field: 'justering',
  },
  [GROUP_ERROR.VERSION_MISMATCH]: {
    text: 'Någon annan har ändrat gruppen sedan du öppnade sidan. Sidan visar nu det senaste: gör ändringen igen om den behövs.',
  },
  [GROUP_ERROR.CONCURRENT_UPDATE]: { text: 'Någon annan ändrade gruppen i samma stund. Försök igen.' },
  [VALIDATION_ERROR.UNKNOWN_UNION_ORGANISATION]: {
    text: 'Organisationen finns inte bland arbetsgivarens fackliga organisationer.',
    field: 'part',
  },
  [IDENTITY_ERROR.EMAIL_TAKEN]: { text: 'Det finns redan ett konto med den e-postadressen.', field: 'epost' },
  [IDENTITY_ERROR.PASSWORD_POLICY]: {
    text: `Lösenordet ska ha ${PASSWORD_MIN_LENGTH} till ${PASSWORD_MAX_LENGTH} tecken.`,
    field: 'losenord',
  },
  [IDENTITY_ERROR.LAST_ADMIN]: {
    text: 'Organisationen måste ha minst en aktiv administratör: ge först någon annan rollen.',
  },
};

/** The commands' field names (the last part of `details.field`), as the forms name their inputs. */
const FORM_FIELD: Record<string, string> = {
  name: 'namn',
  levels: 'nivaer',
  unitId: 'enhet',
  parentGroupId: 'overordnad',
  person: 'person',
  personId: 'person',
  party: 'part',
  side: 'part',
  organisation: 'part',
  role: 'roll',
  joinedOn: 'fran',
  leftOn: 'lamnar',
  justering: 'justering',
  format: 'format',
};

/** "person.name" → "person", "party.side" → "party": the part of the path a form has a field for. */
function formFieldOf(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  const segments = path.split(/[.[\]]+/).filter(Boolean);
  return segments.map((segment) => FORM_FIELD[segment]).find((field) => field !== undefined);
}

/**
 * The problem to show on `form`, or undefined when the error is not one a form shows (the caller
 * rethrows it). `inputField` names the field an IDENTITY.INVALID_INPUT is about on this form.
 */
export function adminProblemOf(error: unknown, form: string, inputField?: string): FormProblem | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const field = formFieldOf(error.details['field']);
  switch (error.code) {
    case VALIDATION_ERROR.TEXT_REQUIRED:
      return problem(form, 'Fältet får inte vara tomt.', field);
    case VALIDATION_ERROR.TEXT_TOO_LONG:
      return problem(form, `Högst ${String(error.details['maxLength'])} tecken.`, field);
    case VALIDATION_ERROR.INVALID_DATE:
      return problem(form, 'Ange ett datum som finns, till exempel 2019-01-01.', field);
    case VALIDATION_ERROR.INVALID_VALUE:
      return problem(form, 'Välj ett av alternativen.', field);
    case IDENTITY_ERROR.INVALID_INPUT:
      return problem(form, 'Kontrollera uppgiften: den går inte att spara så.', inputField);
  }
  const known = MESSAGES[error.code];
  if (!known) return undefined;
  return problem(form, known.text, known.field);
}

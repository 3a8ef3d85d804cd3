import { DomainError } from '#libs/ddd';
import { FOLLOW_UP_ERROR } from '#libs/follow-ups';
import { MEETING_ERROR } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';

/**
 * What the page says, in Swedish, for each error code a form on Under mötet can run into. The
 * codes are the API's own (one taxonomy); a code not listed here falls back to a general sentence,
 * never to the English detail.
 */
const MESSAGES: Record<string, string> = {
  [VALIDATION_ERROR.TEXT_REQUIRED]: 'Fyll i texten.',
  [VALIDATION_ERROR.TEXT_TOO_LONG]: 'Texten är för lång. Korta den och spara igen.',
  [VALIDATION_ERROR.INVALID_DATE]: 'Skriv ett datum som finns, som ÅÅÅÅ-MM-DD.',
  [VALIDATION_ERROR.INVALID_VALUE]: 'Välj ett av alternativen.',
  [VALIDATION_ERROR.UNKNOWN_UNION_ORGANISATION]: 'Välj en av organisationerna i listan.',
  [MEETING_ERROR.CLOSED]: 'Mötet är avslutat. Inget mer kan antecknas under mötet.',
  [MEETING_ERROR.CANCELLED]: 'Mötet är inställt.',
  [MEETING_ERROR.ITEM_NOT_ON_AGENDA]: 'Punkten finns inte längre på dagordningen. Ladda om sidan.',
  [MEETING_ERROR.ITEM_DEFERRED]: 'Punkten är bordlagd till nästa möte.',
  [MEETING_ERROR.ITEM_ALREADY_DEFERRED]: 'Punkten är redan bordlagd.',
  [MEETING_ERROR.ITEM_ALREADY_DECIDED]: 'Beslutet är redan antecknat: punkten kan inte bordläggas.',
  [MEETING_ERROR.ESCALATION_NOT_TO_PARENT]: 'Punkten kan bara överlämnas till gruppen närmast ovanför.',
  [MEETING_ERROR.ITEM_ALREADY_ESCALATED]: 'Punkten är redan överlämnad.',
  [MEETING_ERROR.ITEM_ESCALATED]: 'Punkten är överlämnad: den avgörs där den togs upp, inte här.',
  [MEETING_ERROR.DECISION_BLOCKED_BY_NEGOTIATION]:
    'Punkten är överlämnad till förhandling enligt MBL: beslut antecknas när förhandlingen är avslutad.',
  [MEETING_ERROR.DISAGREEMENT_WITHOUT_ORGANISATIONS]:
    'Vid oenighet: kryssa i vilka organisationer som inte är eniga.',
  [MEETING_ERROR.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS]:
    'Vid enighet ska ingen organisation vara ikryssad som oenig.',
  [MEETING_ERROR.DISAGREEING_ORGANISATION_NOT_PRESENT]:
    'Bara en organisation som har någon närvarande kan anmäla oenighet.',
  [MEETING_ERROR.FOLLOW_UP_DUE_BEFORE_MEETING]: 'Uppföljningsdatumet kan inte vara före mötesdagen.',
  [MEETING_ERROR.NOT_PRESENT]: 'Den som lämnar protokollsanteckningen måste vara antecknad som närvarande.',
  [MEETING_ERROR.NO_ATTENDEES]: 'Ange minst en närvarande eller frånvarande.',
  [MEETING_ERROR.DUPLICATE_ATTENDEE]: 'Samma person står två gånger i närvarolistan.',
  [MEETING_ERROR.SUBSTITUTE_FOR_UNKNOWN_PERSON]: 'Ersättaren ersätter någon som inte finns i listan.',
  [MEETING_ERROR.SUBSTITUTE_FOR_PRESENT_PERSON]:
    'En ersättare kan bara ersätta någon som är frånvarande. Markera den ordinarie som frånvarande.',
  [MEETING_ERROR.ABSENT_SUBSTITUTE]: 'En ersättare som ersätter någon måste vara närvarande.',
  [MEETING_ERROR.ALREADY_REPLACED]: 'Två ersättare kan inte ersätta samma person.',
  [MEETING_ERROR.SUBSTITUTE_PARTY_MISMATCH]:
    'En ersättare ersätter bara någon från samma part (arbetsgivaren eller samma organisation).',
  [MEETING_ERROR.JUSTERARE_NOT_PRESENT]: 'En utsedd justerare måste vara närvarande.',
  [MEETING_ERROR.JUSTERARE_PARTY_MISMATCH]: 'En justerare justerar för den part hen företräder på mötet.',
  [MEETING_ERROR.ATTENDEE_PARTY_REQUIRED]: 'Ange vilken part den adjungerade företräder.',
  [MEETING_ERROR.NO_FORMAL_PARTIES]: 'Gruppen har inga formella parter: ange ingen organisation.',
  [MEETING_ERROR.ATTENDANCE_NOT_RECORDED]: 'Spara närvaron först.',
  [MEETING_ERROR.EMPLOYER_JUSTERARE_REQUIRED]: 'Välj en justerare för arbetsgivaren.',
  [MEETING_ERROR.UNION_JUSTERARE_REQUIRED]: 'Välj minst en justerare för de fackliga organisationerna.',
  [MEETING_ERROR.DUPLICATE_JUSTERARE]: 'Samma person kan inte vara justerare två gånger.',
  [MEETING_ERROR.JUSTERING_OFF]: 'Mötet justeras inte: inga justerare utses.',
  [MEETING_ERROR.EMPLOYER_JUSTERING_ONLY]: 'Bara arbetsgivaren justerar det här mötet.',
  [MEETING_ERROR.DUPLICATE_ITEM_ID]: 'Frågan finns redan på dagordningen.',
  [MEETING_ERROR.INVALID_HELD_TIME]: 'Skriv klockslaget som tt.mm, till exempel 13.05.',
  [MEETING_ERROR.ENDED_BEFORE_STARTED]: 'Mötet måste sluta efter att det började.',
  [MEETING_ERROR.HELD_ON_ANOTHER_DAY]:
    'Mötet hålls på den dag det är planerat och inom ett dygn. Flytta mötet om det hölls en annan dag.',
  [MEETING_ERROR.HELD_TIME_AFTER_CLOSING]: 'Tiden ligger efter nu. Lämna sluttiden tom om mötet slutar nu.',
  [MEETING_ERROR.CLOSED_BEFORE_START]: 'Mötet kan inte avslutas innan det har börjat.',
  [MEETING_ERROR.EMPTY_AGENDA]: 'Dagordningen är tom.',
  [MEETING_ERROR.OPEN_ITEMS]: 'Alla punkter måste vara behandlade eller bordlagda innan mötet avslutas.',
  [MEETING_ERROR.UNDECIDED_ITEMS]: 'Varje beslutspunkt behöver ett antecknat beslut, eller bordläggas.',
  [MEETING_ERROR.NO_JUSTERARE]: 'Utse justerare innan mötet avslutas.',
  [FOLLOW_UP_ERROR.SAME_DUE_DATE]:
    'Uppföljningen har redan det datumet. Välj ett annat, eller Återrapporterad.',
  [MEETING_ERROR.NOT_A_RETURNING_FOLLOW_UP]: 'Punkten är ingen återkommande uppföljning.',
};

const GENERAL = 'Det gick inte att spara. Kontrollera uppgifterna och försök igen.';

/** A choice left empty reads better as "Välj …" than as "Fyll i texten.". */
const CHOICES: Record<string, string> = {
  responsible: 'Välj vem som är ansvarig.',
  party: 'Välj vilken part anteckningen gäller.',
  proposer: 'Välj vem som tar upp frågan.',
  outcome: 'Välj enighet eller oenighet.',
  dueDate: 'Skriv ett datum som finns, som ÅÅÅÅ-MM-DD.',
  newDueDate: 'Skriv det nya datumet, som ÅÅÅÅ-MM-DD.',
  followUpOutcome: 'Välj vad som blir av uppföljningen.',
};

const FILL_IN: Record<string, string> = {
  text: 'Skriv texten till protokollet.',
  action: 'Skriv vad som ska göras.',
  reason: 'Skriv varför punkten bordläggs.',
  title: 'Skriv frågans rubrik.',
  rescheduleReason: 'Skriv varför uppföljningen får ett nytt datum.',
  sekretessgrund: 'Skriv varför punkten omfattas av sekretess, till exempel lagrummet i OSL.',
  question: 'Skriv frågan som den ska tas upp, eller lämna fältet tomt.',
};

/** The Swedish sentence for an error, shown next to `field` when it is about one. */
export function swedishMessageOf(error: DomainError, field: string | null = null): string {
  const choosing =
    error.code === VALIDATION_ERROR.TEXT_REQUIRED ||
    error.code === VALIDATION_ERROR.INVALID_VALUE ||
    error.code === VALIDATION_ERROR.INVALID_DATE;
  if (field && choosing && CHOICES[field]) return CHOICES[field];
  if (field && error.code === VALIDATION_ERROR.TEXT_REQUIRED && FILL_IN[field]) return FILL_IN[field];
  return MESSAGES[error.code] ?? GENERAL;
}

/**
 * Whether a refusal belongs next to the form (the person can correct it and send again), rather
 * than on an error page: bad input, a rule of the meeting, a stale version. Not found, not
 * allowed and not signed in go to PageExceptionFilter as on every page.
 */
export function isFormError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError &&
    (error.kind === 'rule' ||
      error.kind === 'invalid' ||
      error.kind === 'precondition' ||
      error.kind === 'conflict')
  );
}

export const isStaleVersion = (error: unknown): error is DomainError =>
  error instanceof DomainError && error.code === MEETING_ERROR.VERSION_MISMATCH;

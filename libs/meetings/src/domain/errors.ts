import type { Party } from '#domain/shared-kernel';
import { DomainError, ruleBroken, streamErrorCodes } from '#libs/ddd';

export const MEETING_ERROR = {
  /** Answered by the store's command loop: no such stream, a stale If-Match, a lost race. */
  ...streamErrorCodes('MEETING'),
  NOT_SCHEDULED: 'MEETING.NOT_SCHEDULED',
  ALREADY_SCHEDULED: 'MEETING.ALREADY_SCHEDULED',
  ENDS_BEFORE_START: 'MEETING.ENDS_BEFORE_START',
  LOCATION_REQUIRED: 'MEETING.LOCATION_REQUIRED',
  INVALID_PROTOCOL_NUMBER: 'MEETING.INVALID_PROTOCOL_NUMBER',
  CARRIED_OVER_WITHOUT_ORIGIN: 'MEETING.CARRIED_OVER_WITHOUT_ORIGIN',
  CLOSED: 'MEETING.CLOSED',
  CANCELLED: 'MEETING.CANCELLED',
  UNDER_WAY: 'MEETING.UNDER_WAY',
  RESCHEDULED_TO_ANOTHER_YEAR: 'MEETING.RESCHEDULED_TO_ANOTHER_YEAR',
  NOT_CLOSED: 'MEETING.NOT_CLOSED',
  DUPLICATE_ITEM_ID: 'MEETING.DUPLICATE_ITEM_ID',
  UNKNOWN_SECTION: 'MEETING.UNKNOWN_SECTION',
  UNKNOWN_PARENT_ITEM: 'MEETING.UNKNOWN_PARENT_ITEM',
  INVALID_SUB_ITEM: 'MEETING.INVALID_SUB_ITEM',
  INVALID_ESTIMATE: 'MEETING.INVALID_ESTIMATE',
  ITEM_ALREADY_RECORDED: 'MEETING.ITEM_ALREADY_RECORDED',
  REMOVAL_REASON_REQUIRED: 'MEETING.REMOVAL_REASON_REQUIRED',
  REMOVAL_OF_KEPT_ITEM: 'MEETING.REMOVAL_OF_KEPT_ITEM',
  EMPTY_AGENDA: 'MEETING.EMPTY_AGENDA',
  NO_RECIPIENTS: 'MEETING.NO_RECIPIENTS',
  NO_ATTENDEES: 'MEETING.NO_ATTENDEES',
  DUPLICATE_ATTENDEE: 'MEETING.DUPLICATE_ATTENDEE',
  SUBSTITUTE_FOR_UNKNOWN_PERSON: 'MEETING.SUBSTITUTE_FOR_UNKNOWN_PERSON',
  SUBSTITUTE_FOR_PRESENT_PERSON: 'MEETING.SUBSTITUTE_FOR_PRESENT_PERSON',
  ABSENT_SUBSTITUTE: 'MEETING.ABSENT_SUBSTITUTE',
  ALREADY_REPLACED: 'MEETING.ALREADY_REPLACED',
  SUBSTITUTE_PARTY_MISMATCH: 'MEETING.SUBSTITUTE_PARTY_MISMATCH',
  ATTENDANCE_NOT_RECORDED: 'MEETING.ATTENDANCE_NOT_RECORDED',
  EMPLOYER_JUSTERARE_REQUIRED: 'MEETING.EMPLOYER_JUSTERARE_REQUIRED',
  UNION_JUSTERARE_REQUIRED: 'MEETING.UNION_JUSTERARE_REQUIRED',
  DUPLICATE_JUSTERARE: 'MEETING.DUPLICATE_JUSTERARE',
  JUSTERARE_NOT_PRESENT: 'MEETING.JUSTERARE_NOT_PRESENT',
  JUSTERARE_PARTY_MISMATCH: 'MEETING.JUSTERARE_PARTY_MISMATCH',
  NOT_PRESENT: 'MEETING.NOT_PRESENT',
  ATTENDEE_PARTY_REQUIRED: 'MEETING.ATTENDEE_PARTY_REQUIRED',
  NO_FORMAL_PARTIES: 'MEETING.NO_FORMAL_PARTIES',
  JUSTERING_OFF: 'MEETING.JUSTERING_OFF',
  EMPLOYER_JUSTERING_ONLY: 'MEETING.EMPLOYER_JUSTERING_ONLY',
  ITEM_NOT_ON_AGENDA: 'MEETING.ITEM_NOT_ON_AGENDA',
  NOT_A_RETURNING_FOLLOW_UP: 'MEETING.NOT_A_RETURNING_FOLLOW_UP',
  ITEM_DEFERRED: 'MEETING.ITEM_DEFERRED',
  ITEM_ALREADY_DEFERRED: 'MEETING.ITEM_ALREADY_DEFERRED',
  ITEM_ALREADY_DECIDED: 'MEETING.ITEM_ALREADY_DECIDED',
  DISAGREEMENT_WITHOUT_ORGANISATIONS: 'MEETING.DISAGREEMENT_WITHOUT_ORGANISATIONS',
  AGREEMENT_WITH_DISAGREEING_ORGANISATIONS: 'MEETING.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS',
  DISAGREEING_ORGANISATION_NOT_PRESENT: 'MEETING.DISAGREEING_ORGANISATION_NOT_PRESENT',
  FOLLOW_UP_DUE_BEFORE_MEETING: 'MEETING.FOLLOW_UP_DUE_BEFORE_MEETING',
  FOLLOW_UP_ID_TAKEN: 'MEETING.FOLLOW_UP_ID_TAKEN',
  CLOSED_BEFORE_START: 'MEETING.CLOSED_BEFORE_START',
  INVALID_HELD_TIME: 'MEETING.INVALID_HELD_TIME',
  ENDED_BEFORE_STARTED: 'MEETING.ENDED_BEFORE_STARTED',
  HELD_ON_ANOTHER_DAY: 'MEETING.HELD_ON_ANOTHER_DAY',
  HELD_TIME_AFTER_CLOSING: 'MEETING.HELD_TIME_AFTER_CLOSING',
  NOT_NUMBERED: 'MEETING.NOT_NUMBERED',
  NO_JUSTERARE: 'MEETING.NO_JUSTERARE',
  OPEN_ITEMS: 'MEETING.OPEN_ITEMS',
  UNDECIDED_ITEMS: 'MEETING.UNDECIDED_ITEMS',
  NOT_SECRETARY: 'MEETING.NOT_SECRETARY',
  NOTHING_TO_CORRECT: 'MEETING.NOTHING_TO_CORRECT',
  JUSTERAT: 'MEETING.JUSTERAT',
  NOT_JUSTERAT: 'MEETING.NOT_JUSTERAT',
  NOT_A_JUSTERARE: 'MEETING.NOT_A_JUSTERARE',
  NOT_OWN_ORGANISATION: 'MEETING.NOT_OWN_ORGANISATION',
  UNKNOWN_REVISION: 'MEETING.UNKNOWN_REVISION',
  REVISION_NOT_LATEST: 'MEETING.REVISION_NOT_LATEST',
  CHANGE_REQUESTED: 'MEETING.CHANGE_REQUESTED',
  TEXT_HASH_MISMATCH: 'MEETING.TEXT_HASH_MISMATCH',
  LAST_DATE_IN_PAST: 'MEETING.LAST_DATE_IN_PAST',
  LAST_DATE_TOO_FAR: 'MEETING.LAST_DATE_TOO_FAR',
  NOT_A_PARAGRAPH: 'MEETING.NOT_A_PARAGRAPH',
  WORDING_WITHOUT_RECORD: 'MEETING.WORDING_WITHOUT_RECORD',
  UNKNOWN_PROPOSAL: 'MEETING.UNKNOWN_PROPOSAL',
  PROPOSAL_ANSWERED: 'MEETING.PROPOSAL_ANSWERED',
  PROPOSAL_WITHOUT_WORDING: 'MEETING.PROPOSAL_WITHOUT_WORDING',
  CORRECTION_OUTSIDE_PROPOSAL: 'MEETING.CORRECTION_OUTSIDE_PROPOSAL',
  ESCALATION_NOT_TO_PARENT: 'MEETING.ESCALATION_NOT_TO_PARENT',
  ITEM_ALREADY_ESCALATED: 'MEETING.ITEM_ALREADY_ESCALATED',
  ITEM_ESCALATED: 'MEETING.ITEM_ESCALATED',
  DECISION_BLOCKED_BY_NEGOTIATION: 'MEETING.DECISION_BLOCKED_BY_NEGOTIATION',
  UNKNOWN_PRESENTER: 'MEETING.UNKNOWN_PRESENTER',
  ACCOUNT_REQUIRED: 'MEETING.ACCOUNT_REQUIRED',
  FEDERATION_JUSTERING_OFF: 'MEETING.FEDERATION_JUSTERING_OFF',
  NOT_IN_FEDERATION: 'MEETING.NOT_IN_FEDERATION',
} as const;
export type MeetingErrorCode = (typeof MEETING_ERROR)[keyof typeof MEETING_ERROR];

const fail = (code: MeetingErrorCode, message: string, details: Record<string, unknown> = {}) =>
  ruleBroken(code, message, details);
const E = MEETING_ERROR;

export const meetingError = {
  notScheduled: () => fail(E.NOT_SCHEDULED, 'The meeting is not scheduled'),
  alreadyScheduled: (meetingId: string) =>
    fail(E.ALREADY_SCHEDULED, 'The meeting is already scheduled', { meetingId }),
  endsBeforeStart: (startsAt: string, endsAt: string) =>
    fail(E.ENDS_BEFORE_START, 'The meeting must end after it starts', { startsAt, endsAt }),
  locationRequired: () => fail(E.LOCATION_REQUIRED, 'A place or a video link is required'),
  invalidProtocolNumber: (protocolNumber: unknown) =>
    fail(E.INVALID_PROTOCOL_NUMBER, 'The protocol number must be N/YYYY with N ≥ 1', { protocolNumber }),
  carriedOverWithoutOrigin: (itemId: string) =>
    fail(E.CARRIED_OVER_WITHOUT_ORIGIN, 'A carried-over item must say where it came from', { itemId }),
  closed: () => fail(E.CLOSED, 'The meeting is closed: only revision and justering of its protocol remain'),
  cancelled: (reason: string | undefined) =>
    fail(E.CANCELLED, 'The meeting is cancelled: nothing more is recorded on it', { reason }),
  underWay: (itemIds: string[]) =>
    fail(
      E.UNDER_WAY,
      'Items are already recorded, so the meeting is being held: close it (deferring what is left) instead',
      { itemIds },
    ),
  rescheduledToAnotherYear: (protocolNumber: string, startsAt: string) =>
    fail(
      E.RESCHEDULED_TO_ANOTHER_YEAR,
      `Protocol ${protocolNumber} is numbered in its year: cancel the meeting and schedule a new one instead`,
      { protocolNumber, startsAt },
    ),
  notClosed: () =>
    fail(E.NOT_CLOSED, 'The meeting is not closed yet, so there is no protocol to revise or justera'),
  duplicateItemId: (itemId: string) =>
    fail(E.DUPLICATE_ITEM_ID, `Item id ${itemId} is used twice`, { itemId }),
  unknownSection: (itemId: string, sectionId: string, known: string[]) =>
    fail(E.UNKNOWN_SECTION, `The group's protocol form has no section ${sectionId}`, {
      itemId,
      sectionId,
      known,
    }),
  unknownParentItem: (itemId: string, parentItemId: string) =>
    fail(
      E.UNKNOWN_PARENT_ITEM,
      `Item ${parentItemId}, the § this item is to stand under, is not on the agenda`,
      {
        itemId,
        parentItemId,
      },
    ),
  invalidSubItem: (itemId: string, parentItemId: string, reason: string) =>
    fail(E.INVALID_SUB_ITEM, `Item ${itemId} cannot stand under ${parentItemId}: ${reason}`, {
      itemId,
      parentItemId,
    }),
  invalidEstimate: (itemId: string, estimatedMinutes: unknown) =>
    fail(E.INVALID_ESTIMATE, 'Estimated minutes must be a whole number from 1 to 600', {
      itemId,
      estimatedMinutes,
    }),
  itemAlreadyRecorded: (itemIds: string[]) =>
    fail(E.ITEM_ALREADY_RECORDED, 'Items with recorded content cannot be removed from the agenda', {
      itemIds,
    }),
  removalReasonRequired: (items: { itemId: string; title: string }[]) =>
    fail(
      E.REMOVAL_REASON_REQUIRED,
      `An item a union organisation put on the agenda is removed only with a reason its proposer can read: ${items
        .map((item) => item.title)
        .join('; ')}`,
      { items },
    ),
  removalOfKeptItem: (itemIds: string[]) =>
    fail(E.REMOVAL_OF_KEPT_ITEM, 'A removal reason names an item that is not being removed from the agenda', {
      itemIds,
    }),
  emptyAgenda: () => fail(E.EMPTY_AGENDA, 'The agenda has no items'),
  noRecipients: () => fail(E.NO_RECIPIENTS, 'A kallelse needs at least one recipient'),
  noAttendees: () => fail(E.NO_ATTENDEES, 'Attendance needs at least one person'),
  duplicateAttendee: (personId: string) =>
    fail(E.DUPLICATE_ATTENDEE, 'A person appears twice in the attendance', { personId }),
  substituteForUnknownPerson: (substitute: string, replaces: string) =>
    fail(E.SUBSTITUTE_FOR_UNKNOWN_PERSON, 'A substitute must stand in for someone recorded absent', {
      substitute,
      replaces,
    }),
  substituteForPresentPerson: (substitute: string, replaces: string) =>
    fail(E.SUBSTITUTE_FOR_PRESENT_PERSON, 'A substitute cannot stand in for someone present', {
      substitute,
      replaces,
    }),
  absentSubstitute: (substitute: string) =>
    fail(E.ABSENT_SUBSTITUTE, 'A substitute must be present', { substitute }),
  alreadyReplaced: (replaces: string) =>
    fail(E.ALREADY_REPLACED, 'An absent member can have only one substitute', { replaces }),
  substitutePartyMismatch: (substitute: string, replaces: string) =>
    fail(
      E.SUBSTITUTE_PARTY_MISMATCH,
      'A substitute stands in for a member of their own party (the employer, or the same organisation)',
      { substitute, replaces },
    ),
  attendanceNotRecorded: () => fail(E.ATTENDANCE_NOT_RECORDED, 'Attendance has not been recorded'),
  employerJusterareRequired: (count: number) =>
    fail(E.EMPLOYER_JUSTERARE_REQUIRED, 'Exactly one justerare for the employer is required', { count }),
  unionJusterareRequired: () =>
    fail(E.UNION_JUSTERARE_REQUIRED, 'At least one justerare for the unions is required'),
  duplicateJusterare: (personId: string) =>
    fail(E.DUPLICATE_JUSTERARE, 'A person can be appointed justerare only once', { personId }),
  attendeePartyRequired: (field: string, personId: string | undefined) =>
    fail(
      E.ATTENDEE_PARTY_REQUIRED,
      'At a samverkan meeting everyone attends for the employer or a union organisation: name the party',
      { field, personId },
    ),
  noFormalParties: (field: string, organisation: string) =>
    fail(
      E.NO_FORMAL_PARTIES,
      'An APT has no formal parties: attend without a party (as a medarbetare) or for the employer',
      { field, organisation },
    ),
  justeringOff: () =>
    fail(E.JUSTERING_OFF, 'This meeting has no justering: its notes are final when it closes'),
  employerJusteringOnly: () =>
    fail(
      E.EMPLOYER_JUSTERING_ONLY,
      'This meeting is justerad by the employer only: appoint one justerare for the employer',
    ),
  justerareNotPresent: (personId: string) =>
    fail(E.JUSTERARE_NOT_PRESENT, 'A justerare must be present at the meeting', { personId }),
  unknownPresenter: (itemId: string, personId: string) =>
    fail(
      E.UNKNOWN_PRESENTER,
      `Presenter ${personId} has no account in the organisation: name a presenter without an account by name and title alone`,
      { itemId, personId },
    ),
  accountRequired: (field: string) =>
    fail(
      E.ACCOUNT_REQUIRED,
      'Only an adjungerad may attend without an account (by name and title); a member or a substitute is named by their personId',
      { field },
    ),
  federationJusteringOff: (personId: string, federation: string) =>
    fail(
      E.FEDERATION_JUSTERING_OFF,
      "The group's agreement does not have the unions justera by federation: a union justerare justerar for their own organisation",
      { personId, federation },
    ),
  notInFederation: (personId: string, federation: string, organisation: string | undefined) =>
    fail(
      E.NOT_IN_FEDERATION,
      organisation === undefined
        ? `Only a union justerare justerar for a federation (${federation})`
        : `${organisation} does not belong to ${federation}: a justerare justerar for the federation of their own organisation`,
      { personId, federation, organisation },
    ),
  justerarePartyMismatch: (personId: string) =>
    fail(E.JUSTERARE_PARTY_MISMATCH, 'A justerare justerar for the party they attend for', { personId }),
  notPresent: (personId: string, party: Party) =>
    fail(E.NOT_PRESENT, 'The representative is not recorded present at the meeting for the party', {
      personId,
      party,
    }),
  itemNotOnAgenda: (itemId: string) =>
    fail(E.ITEM_NOT_ON_AGENDA, 'The item is not on the agenda; add it as an övrig fråga first', { itemId }),
  notAReturningFollowUp: (itemId: string) =>
    fail(
      E.NOT_A_RETURNING_FOLLOW_UP,
      'The item is not the återrapportering of a follow-up: there is no follow-up to complete or move',
      { itemId },
    ),
  itemDeferred: (itemId: string) =>
    fail(E.ITEM_DEFERRED, 'The item is deferred to the next meeting; nothing more is recorded on it', {
      itemId,
    }),
  itemAlreadyDeferred: (itemId: string, reason: string) =>
    fail(E.ITEM_ALREADY_DEFERRED, 'The item is already deferred with another reason', { itemId, reason }),
  itemAlreadyDecided: (itemId: string) =>
    fail(E.ITEM_ALREADY_DECIDED, 'A decision is recorded on the item, so it cannot be deferred', { itemId }),
  disagreementWithoutOrganisations: (itemId: string) =>
    fail(E.DISAGREEMENT_WITHOUT_ORGANISATIONS, 'Oenighet must name the organisations that disagree', {
      itemId,
    }),
  agreementWithDisagreeingOrganisations: (itemId: string) =>
    fail(E.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS, 'Enighet cannot name disagreeing organisations', {
      itemId,
    }),
  disagreeingOrganisationNotPresent: (itemId: string, organisations: string[]) =>
    fail(
      E.DISAGREEING_ORGANISATION_NOT_PRESENT,
      `Oenighet names only organisations present at the meeting; not present: ${organisations.join(', ')}`,
      { itemId, organisations },
    ),
  followUpDueBeforeMeeting: (dueDate: string, meetingDate: string) =>
    fail(
      E.FOLLOW_UP_DUE_BEFORE_MEETING,
      `The follow-up date ${dueDate} is before the meeting (${meetingDate})`,
      {
        dueDate,
        meetingDate,
      },
    ),
  followUpIdTaken: (followUpId: string) =>
    fail(E.FOLLOW_UP_ID_TAKEN, 'The follow-up id is already used for another action', { followUpId }),
  closedBeforeStart: (startsAt: string, at: string) =>
    fail(E.CLOSED_BEFORE_START, 'A meeting cannot be closed before it starts', { startsAt, at }),
  invalidHeldTime: (field: string, value: unknown) =>
    fail(E.INVALID_HELD_TIME, `${field} must be an existing date and time with an offset`, { field, value }),
  endedBeforeStarted: (startedAt: string, endedAt: string) =>
    fail(E.ENDED_BEFORE_STARTED, 'The meeting must end after it started', { startedAt, endedAt }),
  heldOnAnotherDay: (scheduledDate: string, at: string) =>
    fail(
      E.HELD_ON_ANOTHER_DAY,
      `The meeting was scheduled for ${scheduledDate}: it starts that day and ends within a day (reschedule it if it moved)`,
      { scheduledDate, at },
    ),
  heldTimeAfterClosing: (field: string, value: string, closedAt: string) =>
    fail(E.HELD_TIME_AFTER_CLOSING, `${field} cannot be later than the closing of the meeting`, {
      field,
      value,
      closedAt,
    }),
  notNumbered: () => fail(E.NOT_NUMBERED, 'Closing needs the protocol number the group gives the meeting'),
  noJusterare: () => fail(E.NO_JUSTERARE, 'Appoint the justerare before closing the meeting'),
  openItems: (items: { itemId: string; title: string }[]) =>
    fail(E.OPEN_ITEMS, `Items neither handled nor deferred: ${items.map((item) => item.title).join('; ')}`, {
      openItems: items,
    }),
  undecidedItems: (items: { itemId: string; title: string }[]) =>
    fail(
      E.UNDECIDED_ITEMS,
      `Beslut and förhandling items need a recorded decision (or a deferral) before closing: ${items
        .map((item) => item.title)
        .join('; ')}`,
      { undecidedItems: items },
    ),
  notSecretary: (personId: string) =>
    fail(E.NOT_SECRETARY, "Only the meeting's sekreterare (or ordförande) revises the protocol", {
      personId,
    }),
  nothingToCorrect: (itemId: string, record: string) =>
    fail(E.NOTHING_TO_CORRECT, `There is no ${record} recorded on the item to correct`, { itemId, record }),
  justerat: () =>
    fail(E.JUSTERAT, 'The protocol is justerat: only a rättelse (a new revision) can change it'),
  notJusterat: () =>
    fail(E.NOT_JUSTERAT, 'A rättelse is for a justerat protocol; revise the protocol instead'),
  notAJusterare: (personId: string) =>
    fail(E.NOT_A_JUSTERARE, 'The person is not an appointed justerare of this meeting', { personId }),
  notOwnOrganisation: (personId: string) =>
    fail(E.NOT_OWN_ORGANISATION, 'A justerare justerar only for the party they were appointed for', {
      personId,
    }),
  /** A read of a revision that does not exist: nothing to show (404), not a refused change. */
  revisionNotFound: (revision: number, latest: number) =>
    new DomainError('not_found', E.UNKNOWN_REVISION, `Revision ${revision} does not exist`, {
      revision,
      latest,
    }),
  unknownRevision: (revision: unknown, latest: number) =>
    fail(E.UNKNOWN_REVISION, `Revision ${String(revision)} does not exist`, { revision, latest }),
  revisionNotLatest: (revision: number, latest: number) =>
    fail(E.REVISION_NOT_LATEST, `Revision ${revision} is superseded by revision ${latest}`, {
      revision,
      latest,
    }),
  lastDateInPast: (lastDate: string, today: string) =>
    fail(E.LAST_DATE_IN_PAST, `The last date for justering (${lastDate}) is before today (${today})`, {
      lastDate,
      today,
    }),
  lastDateTooFar: (lastDate: string, latest: string) =>
    fail(E.LAST_DATE_TOO_FAR, `The last date for justering (${lastDate}) is more than a year away`, {
      lastDate,
      latest,
    }),
  notAParagraph: (itemId: string) =>
    fail(E.NOT_A_PARAGRAPH, `Item ${itemId} is not a § of this protocol`, { itemId }),
  wordingWithoutRecord: () =>
    fail(E.WORDING_WITHOUT_RECORD, 'A proposed wording must say which record of the § it replaces', {
      field: 'record',
    }),
  unknownProposal: (proposalId: string) =>
    fail(E.UNKNOWN_PROPOSAL, `No change proposal ${proposalId} on this protocol`, { proposalId }),
  proposalAnswered: (proposalId: string, answer: string) =>
    fail(E.PROPOSAL_ANSWERED, `Proposal ${proposalId} is already ${answer}`, { proposalId, answer }),
  proposalWithoutWording: (proposalId: string) =>
    fail(
      E.PROPOSAL_WITHOUT_WORDING,
      `Proposal ${proposalId} has no wording: accepting it needs the corrected text`,
      { proposalId, field: 'corrections' },
    ),
  correctionOutsideProposal: (proposalId: string, itemId: string) =>
    fail(E.CORRECTION_OUTSIDE_PROPOSAL, `Accepting proposal ${proposalId} corrects only its own §`, {
      proposalId,
      itemId,
    }),
  changeRequested: (revision: number) =>
    fail(E.CHANGE_REQUESTED, 'A justerare asked for a change; the protocol must be revised first', {
      revision,
    }),
  textHashMismatch: (revision: number) =>
    fail(E.TEXT_HASH_MISMATCH, 'The approved text differs from the text others approved for this revision', {
      revision,
    }),
  /** The justerare named another text than the latest revision's as it is now. */
  textChangedSinceRead: (revision: number, textHash: string) =>
    fail(
      E.TEXT_HASH_MISMATCH,
      'The protocol text has changed since you read it: reload it before you justera',
      {
        revision,
        textHash,
      },
    ),
  escalationNotToParent: (groupId: string, parentGroupId: string | undefined) =>
    fail(
      E.ESCALATION_NOT_TO_PARENT,
      parentGroupId === undefined
        ? `The group has no parent group: ${groupId} is not one it can escalate to`
        : `An item is escalated one level up, to the group's parent ${parentGroupId}, not to ${groupId}`,
      { groupId, parentGroupId },
    ),
  itemAlreadyEscalated: (itemId: string) =>
    fail(E.ITEM_ALREADY_ESCALATED, 'The item is already escalated elsewhere', { itemId }),
  itemEscalated: (itemId: string) =>
    fail(
      E.ITEM_ESCALATED,
      'The item is escalated: it is decided where it went, not deferred or decided here',
      {
        itemId,
      },
    ),
  decisionBlockedByNegotiation: (itemId: string) =>
    fail(
      E.DECISION_BLOCKED_BY_NEGOTIATION,
      'The item is handed to an MBL negotiation: no decision is recorded until the negotiation is over',
      { itemId },
    ),
};

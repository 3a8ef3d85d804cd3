import {
  deepEqual,
  definedOnly,
  requireDate,
  requireOneOf,
  requireParty,
  requirePerson,
  requireStatements,
  requireText,
  requireUnionOrganisation,
} from '#domain/shared-kernel';
import type { FollowUpHandling } from '#domain/follow-ups';
import { requireAgendaItem, requireKnownPresenters } from './agenda-item.js';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import { DECISION_OUTCOMES } from './facts.js';
import type { MeetingEvent } from './events.js';
import {
  isAlreadyOnAgenda,
  requireAnnotatableProtocol,
  requireItemOnAgenda,
  requireOpenMeeting,
  requireRecordableItem,
} from './guards.js';
import { organisationsPresent, requirePresentFor } from './participants.js';
import { findAgendaItem, latestRevision, meetingDate, recordsOf } from './queries.js';
import type { MeetingState } from './state.js';

/**
 * During the meeting: what is said and decided on each agenda item. Recording the same content
 * again produces no event (a double-click or a retried request); different content replaces it.
 */

export function recordInformation(
  { data }: MeetingCommandOf<'RecordInformation'>,
  state: MeetingState,
): MeetingEvent[] {
  requireRecordableItem(state, data.itemId);
  const record = definedOnly({
    text: requireText(data.text, 'text'),
    presenter: data.presenter === undefined ? undefined : requirePerson(data.presenter, 'presenter'),
    comments: requireStatements(data.comments ?? [], state.unionOrganisations, 'comments'),
    followUp: followUpHandlingOn(state, data.itemId, data.followUp),
  });
  if (deepEqual(record, recordsOf(state, data.itemId).information)) return [];
  return [
    {
      type: 'InformationRecorded',
      data: { meetingId: data.meetingId, itemId: data.itemId, ...record, at: data.at },
    },
  ];
}

export function recordDialog(
  { data }: MeetingCommandOf<'RecordDialog'>,
  state: MeetingState,
): MeetingEvent[] {
  requireRecordableItem(state, data.itemId);
  const record = definedOnly({
    text: requireText(data.text, 'text'),
    views: requireStatements(data.views ?? [], state.unionOrganisations, 'views'),
    followUp: followUpHandlingOn(state, data.itemId, data.followUp),
  });
  if (deepEqual(record, recordsOf(state, data.itemId).dialog)) return [];
  return [
    {
      type: 'DialogRecorded',
      data: { meetingId: data.meetingId, itemId: data.itemId, ...record, at: data.at },
    },
  ];
}

export function recordDecision(
  { data }: MeetingCommandOf<'RecordDecision'>,
  state: MeetingState,
): MeetingEvent[] {
  requireRecordableItem(state, data.itemId);
  const { escalation } = recordsOf(state, data.itemId);
  if (escalation?.to.kind === 'mbl-negotiation') throw meetingError.decisionBlockedByNegotiation(data.itemId);
  if (escalation) throw meetingError.itemEscalated(data.itemId);
  const outcome = requireOneOf(data.outcome, DECISION_OUTCOMES, 'outcome');
  const named = (data.disagreeing ?? []).map((name, index) =>
    requireUnionOrganisation(name, state.unionOrganisations, `disagreeing[${index}]`),
  );
  const disagreeing = [...new Set(named)];
  if (outcome === 'oenighet' && disagreeing.length === 0)
    throw meetingError.disagreementWithoutOrganisations(data.itemId);
  if (outcome === 'enighet' && disagreeing.length > 0)
    throw meetingError.agreementWithDisagreeingOrganisations(data.itemId);
  // Samverkan is between the parties at the table: an organisation not there cannot disagree in it.
  const present = organisationsPresent(state.attendance);
  const absent = disagreeing.filter((organisation) => !present.has(organisation));
  if (absent.length > 0) throw meetingError.disagreeingOrganisationNotPresent(data.itemId, absent);
  const record = definedOnly({
    text: requireText(data.text, 'text'),
    outcome,
    disagreeing,
    protokollsanteckningar: requireStatements(
      data.protokollsanteckningar ?? [],
      state.unionOrganisations,
      'protokollsanteckningar',
    ),
    followUp: followUpHandlingOn(state, data.itemId, data.followUp),
  });
  if (deepEqual(record, recordsOf(state, data.itemId).decision)) return [];
  return [
    {
      type: 'DecisionRecorded',
      data: { meetingId: data.meetingId, itemId: data.itemId, ...record, at: data.at },
    },
  ];
}

export function addProtokollsanteckning(
  { data }: MeetingCommandOf<'AddProtokollsanteckning'>,
  state: MeetingState,
): MeetingEvent[] {
  // Parties often hand in their protokollsanteckning after the meeting, while the protocol is being
  // justerat; once it is justerat only a rättelse changes it.
  const afterClosing = state.status === 'closed';
  if (afterClosing) requireAnnotatableProtocol(state, data.itemId);
  else requireRecordableItem(state, data.itemId);
  const statement = {
    party: requireParty(data.party, state.unionOrganisations, 'party'),
    text: requireText(data.text, 'text'),
  };
  const enteredBy = data.enteredBy === undefined ? undefined : requirePerson(data.enteredBy, 'enteredBy');
  // A representative speaks for their party at the meeting, so they must be there. The ordförande
  // and sekreterare keep the protocol and record statements on any party's behalf (no enteredBy).
  if (enteredBy !== undefined) requirePresentFor(state.attendance, enteredBy, statement.party);
  if (recordsOf(state, data.itemId).protokollsanteckningar.some((existing) => deepEqual(existing, statement)))
    return [];
  return [
    {
      type: 'ProtokollsanteckningAdded',
      data: definedOnly({
        meetingId: data.meetingId,
        itemId: data.itemId,
        ...statement,
        enteredBy,
        // The text the justerare approve changes, so this is a new revision (approvals start over).
        revision: afterClosing ? latestRevision(state) + 1 : undefined,
        at: data.at,
      }),
    },
  ];
}

export function assignFollowUpDate(
  { data }: MeetingCommandOf<'AssignFollowUpDate'>,
  state: MeetingState,
): MeetingEvent[] {
  requireRecordableItem(state, data.itemId);
  const assignment = {
    followUpId: requireText(data.followUpId, 'followUpId', 200),
    action: requireText(data.action, 'action'),
    responsible: requirePerson(data.responsible, 'responsible'),
    dueDate: requireDate(data.dueDate, 'dueDate'),
  };
  const date = meetingDate(state) as string;
  if (assignment.dueDate < date) throw meetingError.followUpDueBeforeMeeting(assignment.dueDate, date);
  for (const [itemId, records] of Object.entries(state.items)) {
    const existing = records.followUps.find((followUp) => followUp.followUpId === assignment.followUpId);
    if (!existing) continue;
    if (itemId === data.itemId && deepEqual(existing, assignment)) return [];
    throw meetingError.followUpIdTaken(assignment.followUpId);
  }
  return [
    {
      type: 'FollowUpDateAssigned',
      data: { meetingId: data.meetingId, itemId: data.itemId, ...assignment, at: data.at },
    },
  ];
}

export function deferItem({ data }: MeetingCommandOf<'DeferItem'>, state: MeetingState): MeetingEvent[] {
  requireOpenMeeting(state);
  requireItemOnAgenda(state, data.itemId);
  const reason = requireText(data.reason, 'reason');
  const records = recordsOf(state, data.itemId);
  if (records.deferral) {
    if (records.deferral.reason === reason) return [];
    throw meetingError.itemAlreadyDeferred(data.itemId, records.deferral.reason);
  }
  if (records.decision) throw meetingError.itemAlreadyDecided(data.itemId);
  if (records.escalation) throw meetingError.itemEscalated(data.itemId);
  return [
    { type: 'ItemDeferred', data: { meetingId: data.meetingId, itemId: data.itemId, reason, at: data.at } },
  ];
}

export function addOvrigFraga(
  { data }: MeetingCommandOf<'AddOvrigFraga'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  const item = requireAgendaItem(
    { ...data.item, kind: 'övrig fråga', origin: undefined },
    state.unionOrganisations,
    'item',
  );
  requireKnownPresenters([item], data.knownPresenters);
  if (isAlreadyOnAgenda(state, item)) return [];
  return [
    {
      type: 'OvrigFragaAdded',
      data: { meetingId: data.meetingId, version: state.agendaVersion + 1, item, at: data.at },
    },
  ];
}

export function markItemConfidential(
  { data }: MeetingCommandOf<'MarkItemConfidential'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  requireItemOnAgenda(state, data.itemId);
  const reason = requireText(data.reason, 'reason');
  if (recordsOf(state, data.itemId).confidential) return [];
  return [
    {
      type: 'ItemMarkedConfidential',
      data: { meetingId: data.meetingId, itemId: data.itemId, reason, at: data.at },
    },
  ];
}

/**
 * What becomes of a returning item's follow-up, given only where there is one: the item came back
 * as a follow-up's återrapportering (its origin names the follow-up). The follow-up's decider checks
 * the rest (a new date that is a date and not the same, a reason).
 */
function followUpHandlingOn(
  state: MeetingState,
  itemId: string,
  handling: FollowUpHandling | undefined,
): FollowUpHandling | undefined {
  if (handling === undefined) return undefined;
  if (findAgendaItem(state, itemId)?.origin?.followUpId === undefined) {
    throw meetingError.notAReturningFollowUp(itemId);
  }
  return definedOnly({ ...handling });
}

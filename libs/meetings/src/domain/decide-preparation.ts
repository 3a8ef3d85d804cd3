import { FORMAL_MEETING_RULES, JUSTERING_SETTINGS, type MeetingRules } from '#domain/groups';
import {
  deepEqual,
  definedOnly,
  MAX_NAME_LENGTH,
  requireFederation,
  requireName,
  requireOneOf,
  requirePerson,
  requireText,
  type Federation,
} from '#domain/shared-kernel';
import { requireAgenda, requireAgendaItem, requireKnownPresenters } from './agenda-item.js';
import { requireRemovals } from './agenda-removals.js';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import type { MeetingEvent } from './events.js';
import { isAlreadyOnAgenda, requireOpenMeeting } from './guards.js';
import { requireAttendance, requireJusterare } from './participants.js';
import { hasAnyRecord, recordsOf } from './queries.js';
import type { MeetingState } from './state.js';
import { requireProtocolNumber } from './protocol-number.js';
import { requireTimeAndPlace } from './time-and-place.js';

/** Before and at the start of the meeting: scheduling, agenda, kallelse, attendance, justerare. */

export function scheduleMeeting(
  { data }: MeetingCommandOf<'ScheduleMeeting'>,
  state: MeetingState,
): MeetingEvent[] {
  if (state.status !== 'unscheduled') throw meetingError.alreadyScheduled(data.meetingId);
  const timeAndPlace = requireTimeAndPlace(data);
  const unionOrganisations = data.unionOrganisations.map((name, index) =>
    requireName(name, `unionOrganisations[${index}]`),
  );
  const carriedOver = requireAgenda(data.carriedOver, unionOrganisations, 'carriedOver');
  const federations = requireFederations(data.federations, unionOrganisations);
  const rules = data.rules === undefined ? undefined : requireMeetingRules(data.rules);
  // The formal rules are what an event without rules means: recorded only when they differ, so a
  // samverkansgrupp's meetings are recorded as before.
  const differentRules = rules && !deepEqual(rules, FORMAL_MEETING_RULES) ? rules : undefined;
  const withoutOrigin = carriedOver.find((item) => item.origin === undefined);
  if (withoutOrigin) throw meetingError.carriedOverWithoutOrigin(withoutOrigin.itemId);
  const event: MeetingEvent = {
    type: 'MeetingScheduled',
    data: definedOnly({
      meetingId: data.meetingId,
      groupId: data.groupId,
      ...timeAndPlace,
      // Only meetings scheduled before numbers were given at closing carry one.
      protocolNumber:
        data.protocolNumber === undefined ? undefined : requireProtocolNumber(data.protocolNumber),
      dnr: data.dnr === undefined ? undefined : requireText(data.dnr, 'dnr', MAX_NAME_LENGTH),
      unionOrganisations,
      federations,
      carriedOver,
      rules: differentRules,
      at: data.at,
    }),
  };
  return [event];
}

function requireMeetingRules(rules: MeetingRules): MeetingRules {
  const checked: MeetingRules = {
    formalParties: requireOneOf(rules.formalParties, [true, false], 'rules.formalParties'),
    justering: requireOneOf(rules.justering, JUSTERING_SETTINGS, 'rules.justering'),
  };
  // Recorded only when the group has it: a meeting without it is recorded as before.
  if (rules.justeringByFederation === true) checked.justeringByFederation = true;
  return checked;
}

/** The federations of the meeting's own union organisations; none at all is left out of the event. */
function requireFederations(
  federations: Record<string, Federation> | undefined,
  unionOrganisations: readonly string[],
): Record<string, Federation> | undefined {
  const entries = Object.entries(federations ?? {})
    .filter(([organisation]) => unionOrganisations.includes(organisation))
    .map(([organisation, federation]) => [
      organisation,
      requireFederation(federation, `federations.${organisation}`),
    ]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function setAgenda({ data }: MeetingCommandOf<'SetAgenda'>, state: MeetingState): MeetingEvent[] {
  requireOpenMeeting(state);
  const items = requireAgenda(data.items, state.unionOrganisations, 'items', data.form);
  requireKnownPresenters(items, data.knownPresenters);
  // Dropping an item would hide what was already recorded on it from the protocol.
  const droppedWithRecords = state.agenda
    .filter((old) => !items.some((item) => item.itemId === old.itemId))
    .filter((old) => hasAnyRecord(recordsOf(state, old.itemId)))
    .map((old) => old.itemId);
  if (droppedWithRecords.length > 0) throw meetingError.itemAlreadyRecorded(droppedWithRecords);
  const removed = requireRemovals(state, items, data.removals ?? []);
  if (deepEqual(items, state.agenda)) return [];
  const version = state.agendaVersion + 1;
  const type = state.agendaVersion === 0 ? 'AgendaSet' : 'AgendaAmended';
  const change = { meetingId: data.meetingId, version, items, at: data.at };
  return [{ type, data: removed.length > 0 ? { ...change, removed } : change }];
}

/**
 * A party puts an item on the agenda itself (MBL §12: the unions' right to raise matters), until
 * the meeting closes. It goes at the end as a new agenda version; the chairs still order and
 * amend the agenda as a whole, and the next kallelse carries the new version.
 */
export function proposeAgendaItem(
  { data }: MeetingCommandOf<'ProposeAgendaItem'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  // Only carry-over says where an item came from: a proposal is new by definition.
  const item = requireAgendaItem({ ...data.item, origin: undefined }, state.unionOrganisations, 'item');
  requireKnownPresenters([item], data.knownPresenters);
  const proposedBy = requirePerson(data.proposedBy, 'proposedBy');
  if (isAlreadyOnAgenda(state, item)) return [];
  const version = state.agendaVersion + 1;
  return [
    {
      type: 'AgendaItemProposed',
      data: { meetingId: data.meetingId, version, item, proposedBy, at: data.at },
    },
  ];
}

export function issueKallelse(
  { data }: MeetingCommandOf<'IssueKallelse'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  if (state.agenda.length === 0) throw meetingError.emptyAgenda();
  if (data.recipients.length === 0) throw meetingError.noRecipients();
  const checked = data.recipients.map((person, index) => requirePerson(person, `recipients[${index}]`));
  const recipients = checked.filter(
    (person, index) => checked.findIndex((p) => p.personId === person.personId) === index,
  );
  const last = state.kallelser.at(-1);
  // The same agenda to the same people again is a resend, not a new kallelse.
  if (last && last.agendaVersion === state.agendaVersion && deepEqual(last.recipients, recipients)) return [];
  return [
    {
      type: 'KallelseIssued',
      data: { meetingId: data.meetingId, agendaVersion: state.agendaVersion, recipients, at: data.at },
    },
  ];
}

export function recordAttendance(
  { data }: MeetingCommandOf<'RecordAttendance'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  const attendees = requireAttendance(data.attendees, state);
  // Already appointed justerare must stay present and on the same side.
  if (state.justerare.length > 0) requireJusterare(state.justerare, attendees, state);
  if (deepEqual(attendees, state.attendance)) return [];
  return [{ type: 'AttendanceRecorded', data: { meetingId: data.meetingId, attendees, at: data.at } }];
}

export function appointJusterare(
  { data }: MeetingCommandOf<'AppointJusterare'>,
  state: MeetingState,
): MeetingEvent[] {
  requireOpenMeeting(state);
  if (state.attendance.length === 0) throw meetingError.attendanceNotRecorded();
  const justerare = requireJusterare(data.justerare, state.attendance, state);
  if (deepEqual(justerare, state.justerare)) return [];
  return [{ type: 'JusterareAppointed', data: { meetingId: data.meetingId, justerare, at: data.at } }];
}

import {
  definedOnly,
  requireOneOf,
  requirePerson,
  requireText,
  sameParty,
  type Party,
  type PersonRef,
} from '#domain/shared-kernel';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import { requireHeldTimes } from './held-times.js';
import { requireProtocolNumber } from './protocol-number.js';
import { CORRECTABLE_RECORDS } from './facts.js';
import type { MeetingEvent, TextCorrection } from './events.js';
import {
  requireClosedMeeting,
  requireItemOnAgenda,
  requireLatestRevision,
  requireNotJusterat,
  requireOpenMeeting,
} from './guards.js';
import { numberParagraphs } from './paragraphs.js';
import {
  actingInRole,
  changeRequestersOf,
  isJusterat,
  latestRevision,
  openItems,
  recordsOf,
  undecidedItems,
} from './queries.js';
import type { MeetingState } from './state.js';

/** After the meeting: closing, revisions and rättelser, and the justering of the protocol. */

export function closeMeeting(
  { data }: MeetingCommandOf<'CloseMeeting'>,
  state: MeetingState,
): MeetingEvent[] {
  if (state.status === 'closed') return [];
  requireOpenMeeting(state);
  const startsAt = state.startsAt as string;
  if (Date.parse(data.at) < Date.parse(startsAt)) throw meetingError.closedBeforeStart(startsAt, data.at);
  if (state.agenda.length === 0) throw meetingError.emptyAgenda();
  const open = openItems(state);
  if (open.length > 0) throw meetingError.openItems(open.map(({ itemId, title }) => ({ itemId, title })));
  const undecided = undecidedItems(state);
  if (undecided.length > 0)
    throw meetingError.undecidedItems(undecided.map(({ itemId, title }) => ({ itemId, title })));
  if (state.attendance.length === 0) throw meetingError.attendanceNotRecorded();
  // Justerare cannot be appointed after closing, so a meeting closed without them could never be
  // justerad; a meeting without justering (an APT's notes) is final as it closes.
  if (state.rules.justering !== 'off' && state.justerare.length === 0) throw meetingError.noJusterare();
  // § numbers are fixed here, by the group's form, and never change, so "från § 7" stays true in
  // later documents; the form is recorded with them, so the protocol keeps its structure for good.
  const paragraphs = numberParagraphs(state.agenda, data.form);
  const held = requireHeldTimes(data, state, data.at);
  // The number is the group's next when the protocol comes to exist; an older meeting keeps its own.
  const protocolNumber = state.protocolNumber ? undefined : requireProtocolNumber(data.protocolNumber);
  return [
    {
      type: 'MeetingClosed',
      data: definedOnly({
        meetingId: data.meetingId,
        paragraphs,
        revision: 1,
        form: data.form,
        protocolNumber,
        ...held,
        at: data.at,
      }),
    },
  ];
}

export function reviseProtocol(
  { data }: MeetingCommandOf<'ReviseProtocol'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  requireNotJusterat(state);
  const { by, ...change } = requireProtocolChange(state, data.revisedBy, data.reason, data.corrections);
  return [
    { type: 'ProtocolRevised', data: { meetingId: data.meetingId, revisedBy: by, ...change, at: data.at } },
  ];
}

export function correctProtocol(
  { data }: MeetingCommandOf<'CorrectProtocol'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  if (!isJusterat(state)) throw meetingError.notJusterat();
  const { by, ...change } = requireProtocolChange(state, data.correctedBy, data.reason, data.corrections);
  return [
    {
      type: 'ProtocolCorrected',
      data: { meetingId: data.meetingId, correctedBy: by, ...change, at: data.at },
    },
  ];
}

/** A revision or rättelse: made by the secretary (or chair), says why, and corrects recorded texts. */
export function requireProtocolChange(
  state: MeetingState,
  by: PersonRef,
  reason: string,
  corrections: readonly TextCorrection[],
) {
  const person = requireSecretaryOrChair(state, by);
  return {
    by: person,
    revision: latestRevision(state) + 1,
    reason: requireText(reason, 'reason'),
    corrections: corrections.map((correction, index) => requireCorrection(state, correction, index)),
  };
}

/** The secretary revises; the chair has the same rights (DOMAIN: "same rights as the chair"). */
export function requireSecretaryOrChair(state: MeetingState, by: PersonRef): PersonRef {
  const person = requirePerson(by, 'by');
  const mayRevise = [...actingInRole(state, 'sekreterare'), ...actingInRole(state, 'ordförande')];
  if (!mayRevise.some(({ personId }) => personId === person.personId))
    throw meetingError.notSecretary(person.personId);
  return person;
}

function requireCorrection(state: MeetingState, correction: TextCorrection, index: number): TextCorrection {
  requireItemOnAgenda(state, correction.itemId);
  const record = requireOneOf(correction.record, CORRECTABLE_RECORDS, `corrections[${index}].record`);
  if (recordsOf(state, correction.itemId)[record] === undefined)
    throw meetingError.nothingToCorrect(correction.itemId, record);
  return {
    itemId: correction.itemId,
    record,
    text: requireText(correction.text, `corrections[${index}].text`),
  };
}

export function requireAppointedJusterare(
  state: MeetingState,
  data: { justerarePersonId: string; party: Party },
) {
  const appointed = state.justerare.find(({ person }) => person.personId === data.justerarePersonId);
  if (!appointed) throw meetingError.notAJusterare(data.justerarePersonId);
  if (!sameParty(appointed.party, data.party)) throw meetingError.notOwnOrganisation(data.justerarePersonId);
  return appointed;
}

export function justeraProtocol(
  { data }: MeetingCommandOf<'JusteraProtocol'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  const appointed = requireAppointedJusterare(state, data);
  requireLatestRevision(state, data.revision);
  // The justerare names the text they approve; a text changed since they read it is not approved.
  const textHash = requireText(data.textHash, 'textHash', 200);
  if (textHash !== data.currentTextHash)
    throw meetingError.textChangedSinceRead(data.revision, data.currentTextHash);
  const approvals = state.approvals.filter(({ revision }) => revision === data.revision);
  if (approvals.some(({ justerare }) => justerare.personId === data.justerarePersonId)) return [];
  // A decline, or a proposal not answered yet, sends the revision back: nobody approves it meanwhile.
  if (changeRequestersOf(state, data.revision).length > 0) throw meetingError.changeRequested(data.revision);
  // Everyone approves the same text: a different hash means the rendered protocol changed underneath.
  if (approvals.length > 0 && approvals[0]!.textHash !== textHash)
    throw meetingError.textHashMismatch(data.revision);
  const { meetingId, revision, at } = data;
  const events: MeetingEvent[] = [
    {
      type: 'JusteringApproved',
      data: { meetingId, revision, justerare: appointed.person, party: appointed.party, textHash, at },
    },
  ];
  const approvedBy = new Set([
    ...approvals.map(({ justerare }) => justerare.personId),
    data.justerarePersonId,
  ]);
  if (state.justerare.every(({ person }) => approvedBy.has(person.personId))) {
    events.push({ type: 'ProtocolJusterat', data: { meetingId, revision, textHash, at } });
  }
  return events;
}

export function declineJustering(
  { data }: MeetingCommandOf<'DeclineJustering'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  const appointed = requireAppointedJusterare(state, data);
  requireLatestRevision(state, data.revision);
  requireNotJusterat(state);
  const comment = requireText(data.comment, 'comment');
  const { meetingId, revision, at } = data;
  const same = state.declines.some(
    (decline) =>
      decline.revision === revision &&
      decline.justerare.personId === appointed.person.personId &&
      decline.comment === comment,
  );
  if (same) return [];
  return [
    {
      type: 'JusteringDeclined',
      data: { meetingId, revision, justerare: appointed.person, party: appointed.party, comment, at },
    },
  ];
}

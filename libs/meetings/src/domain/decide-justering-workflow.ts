import { requireDate, requireOneOf, requireText, stockholmDate, type IsoDate } from '#domain/shared-kernel';
import type { MeetingCommandOf } from './commands.js';
import { meetingError } from './errors.js';
import { CORRECTABLE_RECORDS, type TextCorrection } from './facts.js';
import type { MeetingEvent } from './events.js';
import {
  requireAppointedJusterare,
  requireProtocolChange,
  requireSecretaryOrChair,
} from './decide-protocol.js';
import { requireClosedMeeting, requireLatestRevision, requireNotJusterat } from './guards.js';
import { latestRevision, recordsOf } from './queries.js';
import type { MeetingState, ProtocolChangeProposal } from './state.js';

/**
 * Justering as a workflow around the approvals: the secretary's request with a last date, a
 * justerare's change proposal per §, and the secretary's answer, which on acceptance makes the
 * new revision that everyone justerar again.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** A last date further away than this is a typing error, not a plan. */
const LONGEST_JUSTERING_DAYS = 365;

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function requestJustering(
  { data }: MeetingCommandOf<'RequestJustering'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  if (state.rules.justering === 'off') throw meetingError.justeringOff();
  requireNotJusterat(state);
  const requestedBy = requireSecretaryOrChair(state, data.requestedBy);
  const today = stockholmDate(data.at);
  const lastDate =
    data.lastDate === undefined ? addDays(today, data.defaultDays) : requireDate(data.lastDate, 'lastDate');
  if (lastDate < today) throw meetingError.lastDateInPast(lastDate, today);
  const latest = addDays(today, LONGEST_JUSTERING_DAYS);
  if (lastDate > latest) throw meetingError.lastDateTooFar(lastDate, latest);
  const revision = latestRevision(state);
  const current = state.justeringRequest;
  // Asked again for the same revision and day: nothing new to tell anyone.
  if (current && current.revision === revision && current.lastDate === lastDate) return [];
  const justerare = state.justerare.map(({ person }) => person);
  return [
    {
      type: 'JusteringRequested',
      data: { meetingId: data.meetingId, revision, lastDate, requestedBy, justerare, at: data.at },
    },
  ];
}

export function proposeProtocolChange(
  { data }: MeetingCommandOf<'ProposeProtocolChange'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  const appointed = requireAppointedJusterare(state, data);
  requireLatestRevision(state, data.revision);
  requireNotJusterat(state);
  const paragraph = state.paragraphs[data.itemId];
  if (paragraph === undefined) throw meetingError.notAParagraph(data.itemId);
  const comment = requireText(data.comment, 'comment');
  const wording = data.wording === undefined ? undefined : requireText(data.wording, 'wording');
  const record =
    data.record === undefined ? undefined : requireOneOf(data.record, CORRECTABLE_RECORDS, 'record');
  if (wording !== undefined && record === undefined) throw meetingError.wordingWithoutRecord();
  if (record !== undefined && recordsOf(state, data.itemId)[record] === undefined)
    throw meetingError.nothingToCorrect(data.itemId, record);
  const proposals = state.proposals ?? [];
  const same = proposals.some(
    (proposal) =>
      !proposal.answer &&
      proposal.revision === data.revision &&
      proposal.justerare.personId === appointed.person.personId &&
      proposal.itemId === data.itemId &&
      proposal.comment === comment &&
      proposal.record === record &&
      proposal.wording === wording,
  );
  if (same) return [];
  return [
    {
      type: 'ProtocolChangeProposed',
      data: {
        meetingId: data.meetingId,
        proposalId: String(proposals.length + 1),
        revision: data.revision,
        justerare: appointed.person,
        party: appointed.party,
        itemId: data.itemId,
        paragraph,
        comment,
        ...(record === undefined ? {} : { record }),
        ...(wording === undefined ? {} : { wording }),
        at: data.at,
      },
    },
  ];
}

export function answerProtocolChangeProposal(
  { data }: MeetingCommandOf<'AnswerProtocolChangeProposal'>,
  state: MeetingState,
): MeetingEvent[] {
  requireClosedMeeting(state);
  const proposal = (state.proposals ?? []).find(({ proposalId }) => proposalId === data.proposalId);
  if (!proposal) throw meetingError.unknownProposal(data.proposalId);
  const answer = requireOneOf(data.answer, ['accepted', 'rejected'] as const, 'answer');
  if (proposal.answer) {
    if (proposal.answer.answer === answer) return [];
    throw meetingError.proposalAnswered(proposal.proposalId, proposal.answer.answer);
  }
  requireNotJusterat(state);
  const answeredBy = requireSecretaryOrChair(state, data.answeredBy);
  const reason = requireText(data.reason, 'reason');
  const { meetingId, proposalId, at } = data;
  if (answer === 'rejected') {
    return [
      {
        type: 'ProtocolChangeProposalAnswered',
        data: { meetingId, proposalId, itemId: proposal.itemId, answer, answeredBy, reason, at },
      },
    ];
  }
  const corrections = correctionsAccepting(proposal, data.corrections);
  const change = requireProtocolChange(state, answeredBy, revisionReason(proposal, reason), corrections);
  return [
    {
      type: 'ProtocolChangeProposalAnswered',
      data: {
        meetingId,
        proposalId,
        itemId: proposal.itemId,
        answer,
        answeredBy,
        reason,
        revision: change.revision,
        at,
      },
    },
    {
      type: 'ProtocolRevised',
      data: {
        meetingId,
        revisedBy: answeredBy,
        revision: change.revision,
        reason: change.reason,
        corrections: change.corrections,
        at,
      },
    },
  ];
}

/** The secretary's corrections, of the proposal's § only, or else the proposal's own wording. */
function correctionsAccepting(
  proposal: ProtocolChangeProposal,
  corrections: readonly TextCorrection[] | undefined,
): TextCorrection[] {
  if (corrections && corrections.length > 0) {
    const outside = corrections.find(({ itemId }) => itemId !== proposal.itemId);
    if (outside) throw meetingError.correctionOutsideProposal(proposal.proposalId, outside.itemId);
    return [...corrections];
  }
  if (proposal.record === undefined || proposal.wording === undefined)
    throw meetingError.proposalWithoutWording(proposal.proposalId);
  return [{ itemId: proposal.itemId, record: proposal.record, text: proposal.wording }];
}

/** What the revision says of itself: whose proposal, on which §, and the secretary's reason. */
const revisionReason = (proposal: ProtocolChangeProposal, reason: string) =>
  `Ändring enligt förslag från ${proposal.justerare.name} (§ ${proposal.paragraph}): ${reason}`;

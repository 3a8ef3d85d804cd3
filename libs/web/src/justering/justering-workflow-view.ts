import { tableDate } from '#libs/documents';
import type { Principal } from '#libs/identity';
import {
  actingInRole,
  CORRECTABLE_RECORDS,
  type CorrectableRecord,
  type MeetingView,
  type ProposalView,
} from '#libs/meetings';
import { stockholmDate } from '#libs/shared-kernel';
import { partyLabel } from './justering-status.js';

/** The records of a § a proposal can give a new wording for, as the protocol names them. */
export const RECORD_LABELS: Record<CorrectableRecord, string> = {
  information: 'informationen',
  dialog: 'dialogen',
  decision: 'beslutet',
};

/** A choice in "Vad gäller förslaget?": a § as a whole, or one of its recorded texts. */
export interface ProposalTarget {
  value: string;
  label: string;
  selected: boolean;
}

export interface ProposalEntry {
  proposalId: string;
  heading: string;
  by: string;
  comment: string;
  wording: string | null;
  recordLabel: string | null;
  state: string;
  color: 'neutral' | 'success' | 'danger';
  answerText: string | null;
  /** The secretary may answer it here: open, on a protocol not justerat. */
  answerable: boolean;
  /** What the accept form offers as the new text: the proposed wording or the text as it is. */
  acceptText: string;
  acceptRecords: { value: CorrectableRecord; label: string; selected: boolean }[];
  /** A refusal of this proposal's answer form, next to its reason. */
  reasonError: string | null;
}

export interface JusteringWorkflowView {
  lastDate: string | null;
  lastDatePassed: boolean;
  requestLine: string | null;
  /** The secretary or chair of the meeting, on a protocol still to justera. */
  canRequest: boolean;
  requestDate: string;
  proposals: ProposalEntry[];
  proposalTargets: ProposalTarget[];
  /** The secretary or chair of a justerat protocol: may make a rättelse (a new revision to justera). */
  canCorrect: boolean;
  /** The recorded texts a rättelse can replace, as "itemId|record". */
  correctionTargets: ProposalTarget[];
  /** The text chosen for a rättelse (?rattelse=), with its text as recorded now to edit. */
  correction: { target: string; label: string; text: string } | null;
}

/** What the page was asked to preselect: a proposal's target, a text to correct. */
export interface WorkflowChoices {
  target?: string;
  correction?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the person acts as sekreterare or ordförande of the meeting (substitutes included). */
export const actsAsSecretary = (meeting: MeetingView, principal: Principal) =>
  [...actingInRole(meeting, 'sekreterare'), ...actingInRole(meeting, 'ordförande')].some(
    ({ personId }) => personId === principal.accountId,
  );

/**
 * The workflow around the approvals on /justering/{id}: the last date and who asked, the request
 * form for the secretary, the change proposals with their answers, and what a proposal can concern.
 */
export function justeringWorkflowView(
  meeting: MeetingView,
  principal: Principal,
  now: Date,
  defaultDays: number,
  choices: WorkflowChoices = {},
): JusteringWorkflowView {
  const open = meeting.status === 'closed' && meeting.protocolStatus !== 'justerat';
  const secretary = actsAsSecretary(meeting, principal);
  const request = meeting.justeringRequest;
  const today = stockholmDate(now.toISOString());
  const lastDate = open && request ? request.lastDate : null;
  return {
    lastDate: lastDate && tableDate(lastDate),
    lastDatePassed: lastDate !== null && lastDate < today,
    requestLine: request
      ? `Begärd av ${request.requestedBy.name} ${tableDate(request.at)} för revision ${request.revision}`
      : null,
    canRequest: open && secretary && meeting.rules.justering !== 'off',
    requestDate:
      request && request.lastDate >= today
        ? request.lastDate
        : stockholmDate(new Date(now.getTime() + defaultDays * DAY_MS).toISOString()),
    proposals: [...meeting.proposals]
      .reverse()
      .map((proposal) => proposalEntry(meeting, proposal, open && secretary)),
    proposalTargets: targetsOf(meeting, choices.target ?? ''),
    ...correctionOf(meeting, secretary, choices.correction ?? ''),
  };
}

/** The rättelse form: which texts can be corrected and, once one is chosen, its text to edit. */
function correctionOf(meeting: MeetingView, secretary: boolean, chosen: string) {
  const canCorrect = secretary && meeting.status === 'closed' && meeting.protocolStatus === 'justerat';
  const targets = canCorrect ? targetsOf(meeting, chosen).filter(({ value }) => value.includes('|')) : [];
  const picked = targets.find(({ selected }) => selected);
  const [itemId, record] = (picked?.value ?? '').split('|');
  const text = meeting.agenda.find((item) => item.itemId === itemId)?.records[record as CorrectableRecord]
    ?.text;
  return {
    canCorrect,
    correctionTargets: targets,
    correction: picked && text !== undefined ? { target: picked.value, label: picked.label, text } : null,
  };
}

function proposalEntry(meeting: MeetingView, proposal: ProposalView, secretary: boolean): ProposalEntry {
  const item = meeting.agenda.find(({ itemId }) => itemId === proposal.itemId);
  const answer = proposal.answer;
  const recorded = (record: CorrectableRecord) => item?.records[record]?.text;
  const records = CORRECTABLE_RECORDS.filter((record) => recorded(record) !== undefined);
  const acceptRecord = proposal.record ?? records[0];
  return {
    proposalId: proposal.proposalId,
    heading: `§ ${proposal.paragraph}${item?.title ? ` ${item.title}` : ''}`,
    by: `${proposal.justerare.name} för ${partyLabel(proposal.party)}, revision ${proposal.revision}`,
    comment: proposal.comment,
    wording: proposal.wording ?? null,
    recordLabel: proposal.record ? RECORD_LABELS[proposal.record] : null,
    state: !answer ? 'väntar på svar' : answer.answer === 'accepted' ? 'godtaget' : 'avslaget',
    color: !answer ? 'neutral' : answer.answer === 'accepted' ? 'success' : 'danger',
    answerText: answer
      ? `${answer.answeredBy.name}, ${tableDate(answer.at)}: ${answer.reason}${answer.revision ? ` (blev revision ${answer.revision})` : ''}`
      : null,
    answerable: secretary && !answer,
    acceptText: proposal.wording ?? (acceptRecord ? (recorded(acceptRecord) ?? '') : ''),
    acceptRecords: records.map((record) => ({
      value: record,
      label: `Ny lydelse av ${RECORD_LABELS[record]}`,
      selected: record === acceptRecord,
    })),
    reasonError: null,
  };
}

/** Every § of the protocol, and each of its recorded texts, as "itemId" or "itemId|record". */
function targetsOf(meeting: MeetingView, chosen: string): ProposalTarget[] {
  return meeting.agenda
    .filter((item) => item.paragraph !== undefined)
    .flatMap((item) => {
      const paragraph = `§ ${item.paragraph}${item.subItem ?? ''} ${item.title}`;
      const whole = { value: item.itemId, label: `${paragraph} (hela paragrafen)` };
      const texts = CORRECTABLE_RECORDS.filter((record) => item.records[record]?.text !== undefined).map(
        (record) => ({ value: `${item.itemId}|${record}`, label: `${paragraph}: ${RECORD_LABELS[record]}` }),
      );
      return [whole, ...texts];
    })
    .map((target) => ({ ...target, selected: target.value === chosen }));
}

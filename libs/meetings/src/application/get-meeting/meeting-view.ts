import type { MeetingRules } from '#libs/groups';
import {
  definedOnly,
  type Federation,
  formatProtocolNumber,
  type IsoDate,
  type IsoInstant,
  type ProtocolNumber,
} from '#libs/shared-kernel';
import {
  type AgendaItem,
  type AgendaItemOrigin,
  type AgendaRemoval,
  type AttendanceEntry,
  type CarryOverStatus,
  type FollowUpHistory,
  type KallelseChange,
  type LiveAgendaItem,
  type ItemRecords,
  type Justerare,
  type JusteringApproval,
  type JusteringDecline,
  type JusteringFacts,
  type JusteringRequest,
  type Kallelse,
  latestRevision,
  meetingDate,
  type MeetingCancellation,
  type MeetingState,
  type MeetingStatus,
  type ProtocolChangeProposal,
  type ProtocolRevision,
  protocolStatus,
  type ProtocolStatus,
  type Reason,
  recordsOf,
  type MeetingRemark,
  safetyRepresentativeRemarks,
} from '../../domain/index.js';
import type { NoticeView } from './notice-view.js';
import { protocolTextHash } from '../protocol/protocol-text-hash.js';
import { withoutContent } from './confidential-items.js';

/**
 * Where a returning item came from, as one object (what a JSON schema without oneOf can say):
 * the fields of both kinds, those of only one optional.
 */
export type AgendaItemOriginView = Pick<
  AgendaItemOrigin,
  'kind' | 'fromGroupId' | 'fromMeetingId' | 'fromItemId' | 'fromParagraph' | 'fromDate'
> & {
  followUpId?: string;
  reason?: string;
  dueDate?: IsoDate;
  /** escalated and answer: the groups by name, the question, the answer and where it was raised. */
  fromGroupName?: string;
  toGroupName?: string;
  question?: string;
  answer?: string;
  escalatedFromMeetingId?: string;
  escalatedFromParagraph?: number;
  escalatedFromDate?: IsoDate;
};

/** For a member: why the item is confidential; for anyone else: that its content was left out. */
export interface ConfidentialityView extends Partial<Reason> {
  omitted?: true;
}

export interface ItemRecordsView extends Omit<ItemRecords, 'confidential'> {
  confidential?: ConfidentialityView;
}

/** An agenda item as the API shows it (a schedule's carried-over items, the meeting's agenda). */
export interface AgendaItemView extends Omit<AgendaItem, 'origin'> {
  origin?: AgendaItemOriginView;
}

/** An item taken off the agenda, with the reason its proposer reads. */
export interface RemovedItemView extends Omit<AgendaRemoval, 'item'> {
  item: AgendaItemView;
}

export interface AgendaEntryView extends AgendaItemView {
  /** Fixed when the meeting is closed. */
  paragraph?: number;
  /** "a", "b": a sub-item's letter under its parent's §, fixed at close. */
  subItem?: string;
  records: ItemRecordsView;
  /** A coming meeting's returning item: proposed, on the chairs' agenda, or withdrawn. */
  carryOver?: CarryOverStatus;
  /** Once a kallelse was issued: a returning item added since, or withdrawn since. */
  sinceKallelse?: KallelseChange;
  /** A returning follow-up's reports and moves so far. */
  followUp?: FollowUpHistory;
}

/**
 * What the API shows of a meeting, folded from its stream, drafts included. Its own type, not
 * the aggregate's state, so the state can change without changing the API.
 */
export interface MeetingView {
  meetingId: string;
  groupId: string;
  /** The stream version; also the ETag. */
  version: number;
  /** A cancelled meeting shows its `cancellation` (reason and when). */
  status: Exclude<MeetingStatus, 'unscheduled'>;
  protocolStatus: ProtocolStatus;
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  meetingDate?: IsoDate;
  place?: string;
  videoLink?: string;
  /** Given when the meeting closes; absent before. */
  protocolNumber?: ProtocolNumber & { formatted: string };
  dnr?: string;
  /** When the meeting was really held, as recorded at closing. */
  startedAt?: IsoInstant;
  endedAt?: IsoInstant;
  unionOrganisations: string[];
  /** Union organisation → its federation, as at scheduling. */
  federations: Record<string, Federation>;
  /** As the group had them when the meeting was scheduled: parties and justering. */
  rules: MeetingRules;
  /** The latest revision published to the organisation's employees (the public version). */
  publishedRevision?: number;
  agendaVersion: number;
  agenda: AgendaEntryView[];
  removedItems: RemovedItemView[];
  kallelser: Kallelse[];
  attendance: AttendanceEntry[];
  justerare: Justerare[];
  closedAt?: IsoInstant;
  cancellation?: MeetingCancellation;
  revisions: ProtocolRevision[];
  approvals: JusteringApproval[];
  declines: JusteringDecline[];
  /** The secretary's latest request for justering: the revision, the last date, who was asked. */
  justeringRequest?: JusteringRequest;
  /**
   * The justerare's change proposals per § with the secretary's answers. On a confidential item,
   * for someone outside the group, the texts are left out (`omitted`), as the item's are.
   */
  proposals: ProposalView[];
  justeringar: (JusteringFacts & { at: IsoInstant })[];
  /** Once closed: the revision to justera and the hash of its text. */
  protocol?: JusteringFacts;
  /** What the protocol remarks on how the meeting was held (SKYDDSOMBUD_ABSENT). */
  remarks: MeetingRemark[];
  /** A scheduled meeting's notice deadlines and what is late (added by GetMeetingHandler). */
  notice?: NoticeView;
}

/**
 * The view of a meeting for a caller; `hidden` (from `hiddenItemsFor`) are the confidential items
 * the caller sees without their content.
 */
export function meetingView(
  state: MeetingState,
  version: number,
  hidden: ReadonlySet<string> = new Set(),
  live?: readonly LiveAgendaItem[],
): MeetingView {
  const { protocolNumber, status } = state;
  return {
    meetingId: state.meetingId as string,
    groupId: state.groupId as string,
    version,
    // Only an existing stream is viewed, so the meeting is at least scheduled.
    status: status === 'unscheduled' ? 'scheduled' : status,
    protocolStatus: protocolStatus(state),
    startsAt: state.startsAt as IsoInstant,
    endsAt: state.endsAt as IsoInstant,
    meetingDate: meetingDate(state),
    place: state.place,
    videoLink: state.videoLink,
    protocolNumber:
      protocolNumber === undefined
        ? undefined
        : { ...protocolNumber, formatted: formatProtocolNumber(protocolNumber) },
    dnr: state.dnr,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    unionOrganisations: state.unionOrganisations,
    federations: state.federations ?? {},
    rules: state.rules,
    publishedRevision: state.publishedRevision,
    agendaVersion: state.agendaVersion,
    // A coming meeting shows its live agenda proposal (see liveAgenda); a held one its own agenda.
    agenda: (live ?? state.agenda).map((item) =>
      hidden.has(item.itemId) ? omittedEntry(state, item) : agendaEntry(state, item),
    ),
    removedItems: state.removedItems.map((removal) =>
      hidden.has(removal.item.itemId) ? { ...removal, item: withoutContent(removal.item) } : removal,
    ),
    kallelser: state.kallelser,
    attendance: state.attendance,
    justerare: state.justerare,
    closedAt: state.closedAt,
    cancellation: state.cancellation,
    revisions: state.revisions,
    approvals: state.approvals,
    declines: state.declines,
    justeringRequest: state.justeringRequest,
    proposals: (state.proposals ?? []).map((proposal) =>
      hidden.has(proposal.itemId) ? proposalWithoutText(proposal) : proposal,
    ),
    justeringar: state.justeringar,
    protocol:
      status === 'closed'
        ? { revision: latestRevision(state), textHash: protocolTextHash(state) }
        : undefined,
    remarks: safetyRepresentativeRemarks(state),
  };
}

export type ProposalView = ProtocolChangeProposal & { omitted?: true };

/** Who proposed what where and how it was answered stays; the comment, wording and reason do not. */
function proposalWithoutText({
  comment: _c,
  wording: _w,
  answer,
  ...rest
}: ProtocolChangeProposal): ProposalView {
  return {
    ...rest,
    comment: '',
    ...(answer ? { answer: { ...answer, reason: '' } } : {}),
    omitted: true,
  };
}

const agendaEntry = (state: MeetingState, item: AgendaItem | LiveAgendaItem): AgendaEntryView => ({
  ...item,
  paragraph: state.paragraphs[item.itemId],
  ...(state.subItems?.[item.itemId] === undefined ? {} : { subItem: state.subItems[item.itemId] }),
  records: recordsOf(state, item.itemId),
});

/**
 * The § and the fact that it is confidential stay; title, texts, statements, actions, origin and
 * a follow-up's history do not. How it stands on the agenda proposal is no secret.
 */
const omittedEntry = (state: MeetingState, item: AgendaItem | LiveAgendaItem): AgendaEntryView => ({
  ...withoutContent(item),
  ...definedOnly({
    carryOver: 'carryOver' in item ? item.carryOver : undefined,
    sinceKallelse: 'sinceKallelse' in item ? item.sinceKallelse : undefined,
  }),
  paragraph: state.paragraphs[item.itemId],
  ...(state.subItems?.[item.itemId] === undefined ? {} : { subItem: state.subItems[item.itemId] }),
  records: { protokollsanteckningar: [], followUps: [], confidential: { omitted: true } },
});

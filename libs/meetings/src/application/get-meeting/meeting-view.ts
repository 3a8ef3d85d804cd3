import { formatProtocolNumber, type ProtocolNumber } from '#libs/shared-kernel';
import {
  type AgendaItem,
  type ItemRecords,
  latestRevision,
  meetingDate,
  type MeetingState,
  protocolStatus,
  type ProtocolStatus,
  recordsOf,
} from '../../domain/index.js';
import { protocolTextHash } from '../protocol/protocol-text-hash.js';

export interface AgendaEntryView extends AgendaItem {
  /** Fixed when the meeting is closed. */
  paragraph?: number;
  records: ItemRecords;
}

/** The current state of a meeting, folded from its stream, drafts included. */
export interface MeetingView extends Omit<
  MeetingState,
  'agenda' | 'items' | 'paragraphs' | 'protocolNumber' | 'status'
> {
  meetingId: string;
  groupId: string;
  version: number;
  /** A cancelled meeting shows its `cancellation` (reason and when). */
  status: Exclude<MeetingState['status'], 'unscheduled'>;
  meetingDate?: string;
  protocolNumber?: ProtocolNumber & { formatted: string };
  agenda: AgendaEntryView[];
  protocolStatus: ProtocolStatus;
  /** Once closed: the revision to justera and the hash of its text. */
  protocol?: { revision: number; textHash: string };
}

export function meetingView(state: MeetingState, version: number): MeetingView {
  const { agenda, items: _items, paragraphs, protocolNumber, status, ...rest } = state;
  return {
    ...rest,
    meetingId: state.meetingId as string,
    groupId: state.groupId as string,
    version,
    // Only an existing stream is viewed, so the meeting is at least scheduled.
    status: status === 'unscheduled' ? 'scheduled' : status,
    meetingDate: meetingDate(state),
    protocolNumber:
      protocolNumber === undefined
        ? undefined
        : { ...protocolNumber, formatted: formatProtocolNumber(protocolNumber) },
    agenda: agenda.map((item) => ({
      ...item,
      paragraph: paragraphs[item.itemId],
      records: recordsOf(state, item.itemId),
    })),
    protocolStatus: protocolStatus(state),
    protocol:
      status === 'closed'
        ? { revision: latestRevision(state), textHash: protocolTextHash(state) }
        : undefined,
  };
}

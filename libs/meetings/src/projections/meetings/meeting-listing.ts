import { formatProtocolNumber, type IsoDate, type IsoInstant } from '#libs/shared-kernel';
import {
  changeRequestersOf,
  type MeetingState,
  type ProtocolStatus,
  latestRevision,
  protocolStatus,
  topicItems,
  type TopicItem,
} from '../../domain/index.js';

/**
 * A meeting as the lists show it: when and where, its number, how far its protocol has come, and
 * who has still to justera it. No item text: what a list may show anyone who may read the group.
 */
export interface MeetingListing {
  meetingId: string;
  groupId: string;
  status: 'scheduled' | 'closed' | 'cancelled';
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  /** When the meeting was really held, if the one who closed it said so. */
  startedAt?: IsoInstant;
  place?: string;
  videoLink?: string;
  /** "12/2026", as the meeting view formats it, once the meeting has a number. */
  protocolNumber?: string;
  closedAt?: IsoInstant;
  protocolStatus: ProtocolStatus;
  /** The protocol's latest revision (0 before close). */
  latestRevision: number;
  /** The latest revision that was fully justerad. */
  justeratRevision?: number;
  /** The revision the unit's employees read. */
  publishedRevision?: number;
  /** Appointed justerare (person ids) who have not approved the latest revision, while it waits for them. */
  awaitingJusteringBy: string[];
  /** Every appointed justerare (person ids): the Justering page lists a person's meetings by it. */
  justerare: string[];
  /** Justerare who asked for changes to the latest revision: they wait for a new one, not for themselves. */
  declinedBy: string[];
  /** The last date the secretary set for justering, while the protocol waits for it. */
  justeringLastDate?: IsoDate;
  /** When the latest kallelse went out; absent before the first. */
  kallelseIssuedAt?: IsoInstant;
  cancelledReason?: string;
  /** The AML 6:9 topics on the agenda: for a skyddskommitté's questions per year. */
  topicItems: Omit<TopicItem, 'itemId'>[];
  /** The meeting stream's version this was folded to. */
  version: number;
}

/** The listing of a folded meeting; none for a stream without a scheduling. */
export function meetingListingOf(state: MeetingState, version: number): MeetingListing | undefined {
  if (state.status === 'unscheduled' || !state.meetingId || !state.groupId) return undefined;
  if (!state.startsAt || !state.endsAt) return undefined;
  const status = protocolStatus(state);
  const latest = latestRevision(state);
  const kallelseAt = state.kallelser.at(-1)?.at;
  const waiting = status === 'awaiting justering' || status === 'change requested';
  return {
    meetingId: state.meetingId,
    groupId: state.groupId,
    status: state.status,
    startsAt: instant(state.startsAt),
    endsAt: instant(state.endsAt),
    ...optional('startedAt', state.startedAt && instant(state.startedAt)),
    ...optional('place', state.place),
    ...optional('videoLink', state.videoLink),
    ...optional('protocolNumber', state.protocolNumber && formatProtocolNumber(state.protocolNumber)),
    ...optional('closedAt', state.closedAt && instant(state.closedAt)),
    protocolStatus: status,
    latestRevision: latest,
    ...optional('justeratRevision', state.justeringar.at(-1)?.revision),
    ...optional('publishedRevision', state.publishedRevision),
    awaitingJusteringBy: waiting
      ? state.justerare
          .map(({ person }) => person.personId)
          .filter(
            (personId) =>
              !state.approvals.some(
                ({ justerare, revision }) => justerare.personId === personId && revision === latest,
              ),
          )
      : [],
    justerare: state.justerare.map(({ person }) => person.personId),
    declinedBy: changeRequestersOf(state, latest),
    ...optional('justeringLastDate', waiting ? state.justeringRequest?.lastDate : undefined),
    ...optional('kallelseIssuedAt', kallelseAt && instant(kallelseAt)),
    ...optional('cancelledReason', state.cancellation?.reason),
    topicItems: topicItems(state).map(({ topic, handled, paragraph }) => ({
      topic,
      handled,
      ...optional('paragraph', paragraph),
    })),
    version,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** One spelling of an instant, as the database gives it back, so a folded listing equals its row. */
const instant = (at: IsoInstant): IsoInstant => new Date(at).toISOString();

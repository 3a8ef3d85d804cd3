import { type GroupState, seesConfidentialItems } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { assertNever } from '#libs/shared-kernel';
import {
  type AgendaItem,
  isConfidentialItem,
  type MeetingEvent,
  type MeetingState,
  type TextCorrection,
} from '../../domain/index.js';

/**
 * The items whose content the caller may not read: none for the group's active members (the rule
 * the documents follow, from the access policy), for everyone else every item marked confidential
 * here and every returning item whose source was (on the agenda, or on the live proposal `live`).
 * Read from the meeting as it is now, so an item marked confidential late is hidden all along.
 */
export function hiddenItemsFor(
  principal: Principal,
  group: GroupState | undefined,
  state: MeetingState,
  live: readonly AgendaItem[] = [],
): ReadonlySet<string> {
  if (seesConfidentialItems(principal, group)) return new Set();
  const ids = [...Object.keys(state.items), ...state.agenda.map(({ itemId }) => itemId)];
  return new Set([
    ...ids.filter((itemId) => isConfidentialItem(state, itemId)),
    ...live.filter((item) => item.confidential).map(({ itemId }) => itemId),
  ]);
}

/**
 * A confidential item as those outside the group see it, as in the documents' public version:
 * where it is and that it is there (id, kind, proposer), without its title, presenter or origin.
 */
export const withoutContent = ({ itemId, kind, proposer }: AgendaItem): AgendaItem => ({
  itemId,
  title: '',
  kind,
  proposer,
});

/** What an event about a hidden item still says: which item, and that the rest was left out. */
export interface OmittedItemFact {
  meetingId: string;
  at: string;
  itemId: string;
  omitted: true;
}

/** What a revision's correction of a hidden item still says: which record was corrected. */
export type OmittedCorrection = Omit<TextCorrection, 'text'> & { omitted: true };

/**
 * An event's data as the caller may read it. Every event type is named, so a new one must decide
 * what of it a reader outside the group sees.
 */
export function readableEventData(event: MeetingEvent, hidden: ReadonlySet<string>): unknown {
  if (hidden.size === 0) return event.data;
  const items = (list: AgendaItem[]) =>
    list.map((item) => (hidden.has(item.itemId) ? withoutContent(item) : item));
  switch (event.type) {
    case 'MeetingScheduled':
      return { ...event.data, carriedOver: items(event.data.carriedOver) };
    case 'AgendaSet':
    case 'AgendaAmended': {
      const { removed } = event.data;
      const readable = { ...event.data, items: items(event.data.items) };
      if (removed === undefined) return readable;
      return {
        ...readable,
        removed: removed.map((removal) => ({ ...removal, item: items([removal.item])[0] })),
      };
    }
    case 'AgendaItemProposed':
    case 'OvrigFragaAdded':
      return { ...event.data, item: items([event.data.item])[0] };
    case 'InformationRecorded':
    case 'DialogRecorded':
    case 'DecisionRecorded':
    case 'ProtokollsanteckningAdded':
    case 'FollowUpDateAssigned':
    case 'ItemDeferred':
    case 'ItemEscalated':
    case 'ItemMarkedConfidential':
    case 'ProtocolChangeProposed':
    case 'ProtocolChangeProposalAnswered': {
      const { meetingId, at, itemId } = event.data;
      return hidden.has(itemId)
        ? ({ meetingId, at, itemId, omitted: true } satisfies OmittedItemFact)
        : event.data;
    }
    case 'ProtocolRevised':
    case 'ProtocolCorrected':
      return {
        ...event.data,
        corrections: event.data.corrections.map(({ itemId, record, text }) =>
          hidden.has(itemId)
            ? ({ itemId, record, omitted: true } satisfies OmittedCorrection)
            : { itemId, record, text },
        ),
      };
    case 'MeetingRescheduled':
    case 'MeetingCancelled':
    case 'KallelseIssued':
    case 'AttendanceRecorded':
    case 'JusterareAppointed':
    case 'MeetingClosed':
    case 'JusteringApproved':
    case 'JusteringDeclined':
    case 'ProtocolJusterat':
    case 'JusteringRequested':
      return event.data;
    default:
      return assertNever(event);
  }
}

import { FORMAL_MEETING_RULES } from '#domain/groups';
import { assertNever, definedOnly, type Party } from '#domain/shared-kernel';
import { upcastAgendaItem } from './agenda-item.js';
import type { MeetingEvent, TextCorrection } from './events.js';
import { recordsOf } from './queries.js';
import type { ItemRecords, MeetingState } from './state.js';

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingScheduled': {
      const {
        meetingId,
        groupId,
        startsAt,
        endsAt,
        place,
        videoLink,
        protocolNumber,
        dnr,
        unionOrganisations,
        federations,
        carriedOver,
        rules,
      } = event.data;
      return {
        ...state,
        ...definedOnly({ meetingId, groupId, startsAt, endsAt, place, videoLink, protocolNumber, dnr }),
        ...definedOnly({ federations }),
        status: 'scheduled',
        unionOrganisations,
        rules: rules ?? FORMAL_MEETING_RULES,
        agenda: carriedOver.map(upcastAgendaItem),
        agendaVersion: 0,
      };
    }
    case 'MeetingRescheduled': {
      const { startsAt, endsAt, place, videoLink } = event.data;
      // The location is replaced as a whole: a place the move leaves out is no longer there.
      const { place: _place, videoLink: _videoLink, ...unmoved } = state;
      return { ...unmoved, ...definedOnly({ startsAt, endsAt, place, videoLink }) };
    }
    case 'MeetingCancelled': {
      const { reason, at } = event.data;
      return { ...state, status: 'cancelled', cancellation: { reason, at } };
    }
    case 'AgendaSet':
    case 'AgendaAmended': {
      const { items, version, removed = [], at } = event.data;
      const removals = removed.map((removal) => ({ ...removal, agendaVersion: version, at }));
      return {
        ...announced(state, at),
        agenda: items.map(upcastAgendaItem),
        agendaVersion: version,
        removedItems: [...state.removedItems, ...removals],
      };
    }
    case 'KallelseIssued': {
      const { agendaVersion, recipients, at } = event.data;
      return {
        ...state,
        kallelser: [...state.kallelser, { agendaVersion, recipients, at }],
        agendaAsAnnounced: state.agenda,
      };
    }
    case 'AttendanceRecorded':
      return { ...state, attendance: event.data.attendees };
    case 'JusterareAppointed':
      return { ...state, justerare: event.data.justerare };
    case 'InformationRecorded': {
      const { itemId, text, presenter, comments, followUp } = event.data;
      return updateItem(state, itemId, () => ({
        information: definedOnly({ text, presenter, comments, followUp }),
      }));
    }
    case 'DialogRecorded': {
      const { itemId, text, views, followUp } = event.data;
      return updateItem(state, itemId, () => ({ dialog: definedOnly({ text, views, followUp }) }));
    }
    case 'DecisionRecorded': {
      const { itemId, text, outcome, disagreeing, protokollsanteckningar, followUp } = event.data;
      return updateItem(state, itemId, () => ({
        decision: definedOnly({ text, outcome, disagreeing, protokollsanteckningar, followUp }),
      }));
    }
    case 'ProtokollsanteckningAdded': {
      const { itemId, party, text, enteredBy, revision, at } = event.data;
      const annotated = updateItem(state, itemId, (records) => ({
        protokollsanteckningar: [...records.protokollsanteckningar, { party, text }],
      }));
      if (revision === undefined) return annotated;
      const paragraph = state.paragraphs[itemId];
      const reason = `Protokollsanteckning för ${partyName(party)} tillagd${paragraph ? ` i § ${paragraph}` : ''}`;
      const added = definedOnly({ revision, kind: 'revision' as const, by: enteredBy, reason, at });
      return { ...annotated, revisions: [...state.revisions, added] };
    }
    case 'FollowUpDateAssigned': {
      const { itemId, followUpId, action, responsible, dueDate } = event.data;
      return updateItem(state, itemId, (records) => ({
        followUps: [...records.followUps, { followUpId, action, responsible, dueDate }],
      }));
    }
    case 'ItemDeferred':
      return updateItem(state, event.data.itemId, () => ({ deferral: { reason: event.data.reason } }));
    case 'ItemEscalated': {
      const { meetingId: _m, itemId, at: _at, ...escalation } = event.data;
      return updateItem(state, itemId, () => ({ escalation }));
    }
    case 'AgendaItemProposed':
    case 'OvrigFragaAdded':
      return {
        ...announced(state, event.data.at),
        agenda: [...state.agenda, upcastAgendaItem(event.data.item)],
        agendaVersion: event.data.version,
      };
    case 'ItemMarkedConfidential':
      return updateItem(state, event.data.itemId, () => ({ confidential: { reason: event.data.reason } }));
    case 'MeetingClosed': {
      const { paragraphs, revision, form, at, protocolNumber, startedAt, endedAt } = event.data;
      const letters = paragraphs.flatMap(({ itemId, subItem }) => (subItem ? [[itemId, subItem]] : []));
      return {
        ...state,
        // A meeting numbered at scheduling (older events) keeps its number.
        ...definedOnly({
          protocolForm: form,
          startedAt,
          endedAt,
          protocolNumber: state.protocolNumber ?? protocolNumber,
        }),
        ...(letters.length > 0 ? { subItems: Object.fromEntries(letters) } : {}),
        status: 'closed',
        closedAt: at,
        paragraphs: Object.fromEntries(paragraphs.map(({ itemId, paragraph }) => [itemId, paragraph])),
        revisions: [{ revision, kind: 'original', at }],
        ...publishedWithoutJustering(state, revision),
      };
    }
    case 'ProtocolRevised': {
      const { revision, revisedBy, reason, corrections, at } = event.data;
      const revised = applyCorrections(state, corrections);
      return {
        ...revised,
        revisions: [...state.revisions, { revision, kind: 'revision', by: revisedBy, reason, at }],
        ...publishedWithoutJustering(state, revision),
      };
    }
    case 'ProtocolCorrected': {
      const { revision, correctedBy, reason, corrections, at } = event.data;
      const corrected = applyCorrections(state, corrections);
      return {
        ...corrected,
        revisions: [...state.revisions, { revision, kind: 'rättelse', by: correctedBy, reason, at }],
      };
    }
    case 'JusteringApproved': {
      const { revision, justerare, party, textHash, at } = event.data;
      return { ...state, approvals: [...state.approvals, { revision, justerare, party, textHash, at }] };
    }
    case 'JusteringDeclined': {
      const { revision, justerare, party, comment, at } = event.data;
      return { ...state, declines: [...state.declines, { revision, justerare, party, comment, at }] };
    }
    case 'JusteringRequested': {
      const { meetingId: _meetingId, ...request } = event.data;
      return { ...state, justeringRequest: request };
    }
    case 'ProtocolChangeProposed': {
      const { meetingId: _meetingId, ...proposal } = event.data;
      return { ...state, proposals: [...(state.proposals ?? []), proposal] };
    }
    case 'ProtocolChangeProposalAnswered': {
      const { meetingId: _meetingId, ...answer } = event.data;
      const proposals = (state.proposals ?? []).map((proposal) =>
        proposal.proposalId === answer.proposalId ? { ...proposal, answer } : proposal,
      );
      return { ...state, proposals };
    }
    case 'ProtocolJusterat': {
      const { revision, textHash, at } = event.data;
      return {
        ...state,
        justeringar: [...state.justeringar, { revision, textHash, at }],
        publishedRevision: revision,
      };
    }
    default:
      return assertNever(event);
  }
}

/** As the protocol names a party: the employer as "arbetsgivaren", a union by its name. */
const partyName = (party: Party): string =>
  party.side === 'employer' ? 'arbetsgivaren' : party.organisation;

/**
 * Keeps the agenda as it stood before a change made at the meeting (on or after its start), when no
 * kallelse announced one: the fastställande notes what changed since. An agenda first set at the
 * meeting (only the carried-over proposal before it) changes nothing anyone was told.
 */
function announced(state: MeetingState, at: string): MeetingState {
  if (state.agendaAsAnnounced !== undefined || state.startsAt === undefined) return state;
  if (state.agendaVersion === 0) return state;
  if (Date.parse(at) < Date.parse(state.startsAt)) return state;
  return { ...state, agendaAsAnnounced: state.agenda };
}

/** Without justering the notes are final as made: each revision is published when it is made. */
const publishedWithoutJustering = (state: MeetingState, revision: number): Partial<MeetingState> =>
  state.rules.justering === 'off' ? { publishedRevision: revision } : {};

function updateItem(
  state: MeetingState,
  itemId: string,
  change: (records: ItemRecords) => Partial<ItemRecords>,
): MeetingState {
  const records = recordsOf(state, itemId);
  return { ...state, items: { ...state.items, [itemId]: { ...records, ...change(records) } } };
}

/** A correction replaces the text of one record; who said what and the outcome stay as recorded. */
function applyCorrections(state: MeetingState, corrections: readonly TextCorrection[]): MeetingState {
  return corrections.reduce(
    (current, { itemId, record, text }) =>
      updateItem(current, itemId, (records) => {
        const existing = records[record];
        return existing ? { [record]: { ...existing, text } } : {};
      }),
    state,
  );
}

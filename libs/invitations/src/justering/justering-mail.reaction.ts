import type { EntityManager } from 'typeorm';
import type { PgEventStore, Projection, StoredEvent } from '#libs/event-store';
import { readGroupRowsById } from '#libs/groups';
import { accountAddresses } from '#libs/identity';
import { enqueueMail } from '#libs/mail';
import {
  actingInRole,
  isConfidentialItem,
  latestRevision,
  meetingAt,
  type MeetingEvent,
  type MeetingState,
} from '#libs/meetings';
import { formatProtocolNumber, type PersonRef, stockholmDate } from '#libs/shared-kernel';
import { type JusteringMailFacts, justeringMail, type ProtocolFacts } from './justering-mail.js';

export interface JusteringMailSettings {
  /** PUBLIC_BASE_URL, without a trailing slash. */
  publicBaseUrl: string;
}

export const JUSTERING_MAIL_REACTION = 'justering-mail';

const JUSTERING_EVENTS = [
  'JusteringRequested',
  'ProtocolChangeProposed',
  'ProtocolChangeProposalAnswered',
  'ProtocolRevised',
  'ProtocolCorrected',
  'ProtocolJusterat',
] as const;

interface Send {
  recipients: readonly PersonRef[];
  facts: JusteringMailFacts;
}

/**
 * Tells the people of a justering what they need to know: each justerare when asked (with the last
 * date) and again when a new revision voids earlier approvals; the secretary when a justerare
 * proposes a change; the proposer when it is answered; everyone when the protocol is justerat.
 * A reaction like the invitations: from the head of the log, never replayed, each message keyed by
 * the event and the person, so nothing is sent twice. The meeting is folded from its own stream up
 * to the event, so the message says what was true when it happened.
 */
export function justeringMailReaction(settings: JusteringMailSettings, store: PgEventStore): Projection {
  return {
    name: JUSTERING_MAIL_REACTION,
    kind: 'reaction',
    eventTypes: JUSTERING_EVENTS,
    async apply(events, { manager }) {
      for (const event of events) {
        const meetingId = (event.data as { meetingId: string }).meetingId;
        const state = await meetingAt(store, event);
        const send = whatToSend(event as unknown as MeetingEvent, state);
        if (!send || send.recipients.length === 0) continue;
        const protocol = await protocolFactsOf(manager, event.tenantId, state, settings, meetingId);
        await enqueueFor(manager, event, meetingId, send, protocol);
      }
    },
  };
}

/** Who gets what for an event; nothing when no justering was asked for yet (a draft being revised). */
function whatToSend(event: MeetingEvent, state: MeetingState): Send | undefined {
  const appointed = state.justerare.map(({ person }) => person);
  const request = state.justeringRequest;
  switch (event.type) {
    case 'JusteringRequested':
      return {
        recipients: event.data.justerare,
        facts: {
          kind: 'justering-request',
          lastDate: event.data.lastDate,
          justerare: event.data.justerare.map(({ name }) => name),
        },
      };
    case 'ProtocolChangeProposed': {
      const secretaries = [...(request ? [request.requestedBy] : []), ...actingInRole(state, 'sekreterare')];
      return {
        recipients: unique(secretaries),
        facts: {
          kind: 'justering-proposal',
          proposer: event.data.justerare.name,
          paragraph: event.data.paragraph,
          ...(isConfidentialItem(state, event.data.itemId) ? {} : { comment: event.data.comment }),
        },
      };
    }
    case 'ProtocolChangeProposalAnswered': {
      const proposal = state.proposals?.find(({ proposalId }) => proposalId === event.data.proposalId);
      if (!proposal) return undefined;
      return {
        recipients: [proposal.justerare],
        facts: {
          kind: 'justering-answer',
          paragraph: proposal.paragraph,
          accepted: event.data.answer === 'accepted',
          ...(isConfidentialItem(state, proposal.itemId) ? {} : { reason: event.data.reason }),
          ...(event.data.revision === undefined ? {} : { newRevision: event.data.revision }),
        },
      };
    }
    case 'ProtocolRevised':
    case 'ProtocolCorrected': {
      if (!request) return undefined;
      const today = stockholmDate(event.data.at);
      const lastDate = request.lastDate >= today ? request.lastDate : undefined;
      return {
        recipients: appointed,
        facts: { kind: 'justering-revision', ...(lastDate ? { lastDate } : {}) },
      };
    }
    case 'ProtocolJusterat':
      return {
        recipients: unique([...appointed, ...(request ? [request.requestedBy] : [])]),
        facts: { kind: 'justering-done' },
      };
    default:
      return undefined;
  }
}

const unique = (people: readonly PersonRef[]) =>
  people.filter((person, index) => people.findIndex((other) => other.personId === person.personId) === index);

async function protocolFactsOf(
  manager: EntityManager,
  tenantId: string,
  state: MeetingState,
  settings: JusteringMailSettings,
  meetingId: string,
): Promise<ProtocolFacts> {
  const [group] = state.groupId ? await readGroupRowsById(manager, tenantId, [state.groupId]) : [];
  return {
    groupName: group?.state.name ?? 'gruppen',
    ...(state.protocolNumber ? { protocolNumber: formatProtocolNumber(state.protocolNumber) } : {}),
    meetingStartsAt: state.startsAt ?? '',
    revision: latestRevision(state),
    justeringUrl: `${settings.publicBaseUrl}/justering/${encodeURIComponent(meetingId)}`,
  };
}

async function enqueueFor(
  manager: EntityManager,
  event: StoredEvent,
  meetingId: string,
  send: Send,
  protocol: ProtocolFacts,
): Promise<void> {
  const addresses = await accountAddresses(
    manager,
    event.tenantId,
    send.recipients.map(({ personId }) => personId),
  );
  for (const person of send.recipients) {
    const address = addresses.get(person.personId);
    const message = justeringMail(person.name, protocol, send.facts);
    await enqueueMail(manager, {
      tenantId: event.tenantId,
      messageKey: `${send.facts.kind}:${event.eventId}:${person.personId}`,
      kind: send.facts.kind,
      causeEventId: event.eventId,
      subjectRef: { meetingId },
      recipient: address?.email ?? '',
      recipientPersonId: person.personId,
      recipientName: person.name,
      unaddressed: !address,
      ...message,
    });
  }
}

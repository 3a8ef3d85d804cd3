import { type Projection, WaitingForReadModel } from '#libs/event-store';
import { accountAddresses } from '#libs/identity';
import { enqueueMail } from '#libs/mail';
import { findKallelseAt } from '#libs/meeting-documents';
import type { MeetingEvent } from '#libs/meetings';
import type { PersonRef } from '#libs/shared-kernel';
import { type CalendarUser, type InvitationKind, invitationMessage } from './invitation-message.js';
import { type InvitedMeeting, invitedMeeting, rememberInvited } from './invited-meetings.js';

export interface InvitationsSettings {
  calendarDomain: string;
  /** The address in MAIL_FROM. */
  senderEmail: string;
  /** PUBLIC_BASE_URL, without a trailing slash. */
  publicBaseUrl: string;
}

export const INVITATIONS_REACTION = 'invitations';

const INVITATION_EVENTS = ['KallelseIssued', 'MeetingRescheduled', 'MeetingCancelled'] as const;

/**
 * E-mails the kallelse as a calendar invitation (RFC 5546) when it is issued, an update to those
 * invited when the meeting moves, and a cancellation when it is inställt. A reaction: it starts at
 * the head of the log and is never replayed, and its outbox rows are written in the transaction of
 * its checkpoint, keyed by the event and the person, so no restart, second worker or rebuild of
 * the documents sends anything twice. A meeting moved or cancelled before any kallelse went out
 * sends nothing: nobody was invited.
 *
 * The invitation is the kallelse the documents projection built for the event (its sequence is the
 * iCalendar SEQUENCE); until that projection has applied the event, the batch waits and is tried
 * again (WaitingForReadModel).
 */
export function invitationsReaction(settings: InvitationsSettings): Projection {
  return {
    name: INVITATIONS_REACTION,
    kind: 'reaction',
    eventTypes: INVITATION_EVENTS,
    async apply(events, { manager }) {
      for (const event of events) {
        const meetingEvent = event as unknown as MeetingEvent;
        const { meetingId } = meetingEvent.data;
        const invited = await invitedMeeting(manager, event.tenantId, meetingId);
        const send = whatToSend(meetingEvent, invited);
        if (!send) continue;
        const stored = await findKallelseAt(manager, event.tenantId, meetingId, event.streamPosition);
        if (!stored)
          throw new WaitingForReadModel(
            `the kallelse of meeting ${meetingId} is not yet built for stream version ${event.streamPosition}`,
          );
        const addresses = await accountAddresses(
          manager,
          event.tenantId,
          send.recipients.map((person) => person.personId),
        );
        const attendees: CalendarUser[] = send.recipients.flatMap(({ personId, name }) => {
          const address = addresses.get(personId);
          return address ? [{ name, email: address.email }] : [];
        });
        const kallelseUrl = `${settings.publicBaseUrl}/api/meetings/${encodeURIComponent(meetingId)}/documents/kallelse.html`;
        for (const person of send.recipients) {
          const address = addresses.get(person.personId);
          const message = invitationMessage(send.kind, stored.document, person.name, attendees, {
            calendarDomain: settings.calendarDomain,
            senderEmail: settings.senderEmail,
            kallelseUrl,
          });
          await enqueueMail(manager, {
            tenantId: event.tenantId,
            messageKey: `${send.kind}:${event.eventId}:${person.personId}`,
            kind: send.kind,
            causeEventId: event.eventId,
            subjectRef: { meetingId },
            recipient: address?.email ?? '',
            recipientPersonId: person.personId,
            recipientName: person.name,
            unaddressed: !address,
            subject: message.subject,
            text: message.text,
            html: message.html,
            attachments: [message.calendar],
          });
        }
        const everyoneInvited = [...(invited?.recipients ?? []), ...send.recipients].filter(
          (person, index, all) => all.findIndex((other) => other.personId === person.personId) === index,
        );
        await rememberInvited(manager, event.tenantId, meetingId, everyoneInvited, stored.revision);
      }
    },
  };
}

/** Who gets what for an event, given who was invited before; nothing for a meeting never called. */
function whatToSend(
  event: MeetingEvent,
  invited: InvitedMeeting | undefined,
): { kind: InvitationKind; recipients: readonly PersonRef[] } | undefined {
  switch (event.type) {
    case 'KallelseIssued':
      return { kind: 'invitation', recipients: event.data.recipients };
    case 'MeetingRescheduled':
      return invited && { kind: 'invitation-update', recipients: invited.recipients };
    case 'MeetingCancelled':
      return invited && { kind: 'invitation-cancel', recipients: invited.recipients };
    default:
      return undefined;
  }
}

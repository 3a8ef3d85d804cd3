import {
  forAudience,
  groupWithForvaltning,
  icsMethodOf,
  type KallelseDocument,
  meetingTimeLabel,
  renderKallelseIcs,
} from '#libs/documents';
import { composeMail, type OutboxAttachment } from '#libs/mail';

/** First sent, sent again after a change of time or place, or the meeting is inställt. */
export type InvitationKind = 'invitation' | 'invitation-update' | 'invitation-cancel';

export interface CalendarUser {
  name: string;
  email: string;
}

export interface InvitationSettings {
  calendarDomain: string;
  /** The service's sender address; the invitation names the group as its organizer. */
  senderEmail: string;
  /** The kallelse's page, absolute. */
  kallelseUrl: string;
}

export interface InvitationMessage {
  subject: string;
  text: string;
  html: string;
  calendar: OutboxAttachment;
}

const SUBJECT_PREFIX: Record<InvitationKind, string> = {
  invitation: 'Kallelse',
  'invitation-update': 'Ändrad kallelse',
  'invitation-cancel': 'Inställt möte',
};

/**
 * One recipient's message about a kallelse: the text and HTML parts, and the kallelse as an iTIP
 * invitation (REQUEST, or CANCEL once inställt) with the group as ORGANIZER and every invited
 * person with an address as ATTENDEE. Made from the kallelse's public version: an e-mail leaves the
 * service, is forwarded and sits in mailboxes, so a confidential item is named by its number only,
 * as in the .ics download.
 */
export function invitationMessage(
  kind: InvitationKind,
  stored: KallelseDocument,
  recipientName: string,
  attendees: readonly CalendarUser[],
  settings: InvitationSettings,
): InvitationMessage {
  const kallelse = forAudience(stored, 'public');
  const { header } = kallelse;
  const group = groupWithForvaltning(header);
  const when = meetingTimeLabel(header);
  const agendaPoints = kallelse.items.length;
  const { text, html } = composeMail({
    greeting: `Hej ${recipientName}!`,
    paragraphs: paragraphsOf(kind, kallelse, group),
    facts: [
      { label: 'Tid', value: when },
      ...(header.place ? [{ label: 'Plats', value: header.place }] : []),
      ...(header.videoLink ? [{ label: 'Videolänk', value: header.videoLink }] : []),
      ...(kind === 'invitation-cancel'
        ? []
        : [{ label: 'Dagordning', value: agendaPoints === 1 ? '1 punkt' : `${agendaPoints} punkter` }]),
    ],
    link: { href: settings.kallelseUrl, label: 'Läs kallelsen' },
    footer: `Du får meddelandet för att du är kallad till ${group}. Det skickas av tjänsten Samverkan.`,
  });
  const ics = renderKallelseIcs(kallelse, {
    calendarDomain: settings.calendarDomain,
    url: settings.kallelseUrl,
    organizer: { name: group, email: settings.senderEmail },
    attendees,
  });
  const method = icsMethodOf(kallelse);
  return {
    subject: `${SUBJECT_PREFIX[kind]}: ${group}, ${when}`,
    text,
    html,
    calendar: {
      filename: kind === 'invitation-cancel' ? 'installt.ics' : 'kallelse.ics',
      contentType: 'text/calendar',
      content: ics,
      calendarMethod: method === 'CANCEL' ? 'CANCEL' : 'REQUEST',
    },
  };
}

function paragraphsOf(kind: InvitationKind, kallelse: KallelseDocument, group: string): string[] {
  switch (kind) {
    case 'invitation':
      return [
        `Du är kallad till möte i ${group}.`,
        'Inbjudan finns i meddelandet: svara i din kalender om du kommer. Dagordningen och underlagen finns i kallelsen.',
      ];
    case 'invitation-update':
      return [
        `Tiden eller platsen för mötet i ${group} är ändrad. Så här gäller nu.`,
        'Öppna inbjudan i meddelandet, så flyttas mötet i din kalender.',
      ];
    case 'invitation-cancel': {
      const reason = kallelse.cancellation?.reason;
      return [
        `Mötet i ${group} är inställt.`,
        ...(reason ? [`Skäl: ${reason}`] : []),
        'Öppna meddelandet, så tas mötet bort ur din kalender.',
      ];
    }
  }
}

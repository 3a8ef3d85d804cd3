import type { MailDelivery } from '#libs/invitations';
import { stockholmDateTime } from '#libs/documents';

const KIND_LABELS: Record<string, string> = {
  invitation: 'Kallelse',
  'invitation-update': 'Ändrad tid eller plats',
  'invitation-cancel': 'Inställt',
  'justering-request': 'Begäran om justering',
  'justering-proposal': 'Ändringsförslag',
  'justering-answer': 'Svar på ändringsförslag',
  'justering-revision': 'Ny revision att justera',
  'justering-done': 'Protokollet justerat',
  'justering-reminder-before': 'Påminnelse om justering',
  'justering-reminder-due': 'Påminnelse: sista dagen för justering',
  'justering-reminder-overdue': 'Försenad justering',
  'justering-reminder-weekly': 'Försenad justering, veckopåminnelse',
};

const STATUS_LABELS: Record<MailDelivery['status'], string> = {
  pending: 'Väntar på att skickas',
  sent: 'Skickad',
  failed: 'Kunde inte skickas',
  unaddressed: 'Saknar e-postadress',
};

/**
 * "Utskick" on Förbered möte: every message about the meeting and what became of it, so the chair
 * sees who has not got the kallelse (no address, an address the mail server refused) and can reach
 * them another way. A message still waiting says how many times it was tried.
 */
export function mailDeliveriesView(deliveries: readonly MailDelivery[]) {
  return deliveries.map((delivery) => ({
    kind: KIND_LABELS[delivery.kind] ?? delivery.kind,
    recipient: delivery.recipientName ?? delivery.recipient ?? '',
    address: delivery.recipient ?? '–',
    status: STATUS_LABELS[delivery.status],
    problem: delivery.status === 'failed' || delivery.status === 'unaddressed',
    detail:
      delivery.status === 'sent' && delivery.sentAt
        ? stockholmDateTime(delivery.sentAt)
        : delivery.status === 'pending' && delivery.attempts > 0
          ? `Försökt ${delivery.attempts} gånger: e-postservern svarar inte än`
          : (delivery.lastError ?? ''),
  }));
}

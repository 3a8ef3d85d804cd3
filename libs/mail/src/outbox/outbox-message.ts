import type { EntityManager } from 'typeorm';

/** An attachment as the outbox keeps it (text content: .ics, .csv). */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
  /**
   * An iTIP invitation (RFC 5546) is sent as the message's text/calendar part with a METHOD
   * parameter, which is what makes Outlook and Gmail show reply buttons; other files are plain
   * attachments.
   */
  calendarMethod?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

/** One message to one recipient, as a reaction or the reminder sweep records it. */
export interface OutboxMessage {
  tenantId: string;
  /** Names the cause; the same key is recorded once per tenant (see the migration). */
  messageKey: string;
  /** 'invitation' | 'invitation-update' | 'invitation-cancel' | 'reminder-…' | 'hr-digest' … */
  kind: string;
  causeEventId?: string;
  /** What the message is about, for "delivery state visible to the sender": e.g. { meetingId }. */
  subjectRef?: Record<string, string>;
  /** The address; '' for a person the service has no address for (see `unaddressed`). */
  recipient: string;
  /** Who the address is: the account (person) id and name, for the delivery list. */
  recipientPersonId?: string;
  recipientName?: string;
  /**
   * The person has no (active) account with an address: the row is recorded as 'unaddressed', is
   * never sent, and tells the sender who did not get the message.
   */
  unaddressed?: boolean;
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: OutboxAttachment[];
}

/**
 * Records a message in the caller's transaction (the one that records its cause). Returns false
 * when a message with this key was already recorded: nothing is added, nothing will be sent again.
 */
export async function enqueueMail(manager: EntityManager, message: OutboxMessage): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO mail_outbox (tenant_id, message_key, kind, cause_event_id, subject_ref, recipient, cc,
       subject, text_body, html_body, attachments, recipient_person_id, recipient_name, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (tenant_id, message_key) DO NOTHING
     RETURNING message_id`,
    [
      message.tenantId,
      message.messageKey,
      message.kind,
      message.causeEventId ?? null,
      JSON.stringify(message.subjectRef ?? {}),
      message.recipient,
      message.cc ?? [],
      message.subject,
      message.text,
      message.html,
      JSON.stringify(message.attachments ?? []),
      message.recipientPersonId ?? null,
      message.recipientName ?? null,
      message.unaddressed ? 'unaddressed' : 'pending',
    ],
  );
  return rows.length > 0;
}

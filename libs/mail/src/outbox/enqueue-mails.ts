import type { EntityManager } from 'typeorm';
import type { OutboxMessage } from './outbox-message.js';

/**
 * enqueueMail for many messages in one statement (the reminder sweep records hundreds in a
 * transaction; one round trip each would be most of its time). Same rule: a key already recorded
 * inserts nothing. Returns the keys recorded now.
 */
export async function enqueueMails(
  manager: EntityManager,
  messages: readonly OutboxMessage[],
): Promise<Set<string>> {
  if (messages.length === 0) return new Set();
  const rows: { message_key: string }[] = await manager.query(
    `INSERT INTO mail_outbox (tenant_id, message_key, kind, cause_event_id, subject_ref, recipient, cc,
       subject, text_body, html_body, attachments)
     SELECT m.tenant_id, m.message_key, m.kind, m.cause_event_id, m.subject_ref, m.recipient,
            ARRAY(SELECT jsonb_array_elements_text(m.cc)), m.subject, m.text_body, m.html_body, m.attachments
     FROM jsonb_to_recordset($1::jsonb) AS m(tenant_id text, message_key text, kind text, cause_event_id text,
       subject_ref jsonb, recipient text, cc jsonb, subject text, text_body text, html_body text, attachments jsonb)
     ON CONFLICT (tenant_id, message_key) DO NOTHING
     RETURNING message_key`,
    [
      JSON.stringify(
        messages.map((message) => ({
          tenant_id: message.tenantId,
          message_key: message.messageKey,
          kind: message.kind,
          cause_event_id: message.causeEventId ?? null,
          subject_ref: message.subjectRef ?? {},
          recipient: message.recipient,
          cc: message.cc ?? [],
          subject: message.subject,
          text_body: message.text,
          html_body: message.html,
          attachments: message.attachments ?? [],
        })),
      ),
    ],
  );
  return new Set(rows.map((row) => row.message_key));
}

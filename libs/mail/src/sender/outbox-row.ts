import type { OutboxAttachment } from '../outbox/outbox-message.js';

/** A message as the sender reads it from mail_outbox. */
export interface OutboxRow {
  tenant_id: string;
  message_id: string;
  recipient: string;
  recipient_name: string | null;
  cc: string[];
  subject: string;
  text_body: string;
  html_body: string;
  attachments: OutboxAttachment[];
  attempts: number;
}

/** The message as nodemailer takes it (the subset of its options we use). */
export interface MailOptions {
  from: string;
  to: string | { name: string; address: string };
  cc?: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  icalEvent?: { method: string; filename: string; content: string };
  attachments: { filename: string; contentType: string; content: string }[];
}

/**
 * The outbox row as a message. Its Message-ID is made from the row's id, so should the process
 * stop after the server took the message and before the row says so, the copy sent again carries
 * the same Message-ID, which mail systems use to recognise a duplicate. An invitation's calendar
 * goes as the message's text/calendar part with its METHOD (what makes clients offer to accept).
 */
export function mailOptionsOf(row: OutboxRow, from: string): MailOptions {
  const calendar = row.attachments.find((attachment) => attachment.calendarMethod);
  return {
    from,
    to: row.recipient_name ? { name: row.recipient_name, address: row.recipient } : row.recipient,
    cc: row.cc.length > 0 ? row.cc : undefined,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    messageId: `<${row.message_id}@${domainOf(from)}>`,
    icalEvent: calendar && {
      method: calendar.calendarMethod as string,
      filename: calendar.filename,
      content: calendar.content,
    },
    attachments: row.attachments
      .filter((attachment) => attachment !== calendar)
      .map(({ filename, contentType, content }) => ({ filename, contentType, content })),
  };
}

/** The host of `Name <user@host>` or `user@host`. */
export function domainOf(address: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(address);
  if (!match) throw new Error(`Not an e-mail address: ${address}`);
  return match[1] as string;
}

/** The address of `Name <user@host>` or `user@host`. */
export function senderAddressOf(from: string): string {
  const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from) ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(from);
  if (!match) throw new Error(`Not an e-mail address: ${from}`);
  return match[1] as string;
}

export { MailOutbox1732350000000 } from './outbox/1732350000000-mail-outbox.migration.js';
export { enqueueMail, type OutboxAttachment, type OutboxMessage } from './outbox/outbox-message.js';
export { enqueueMails } from './outbox/enqueue-mails.js';
export { composeMail, type MailContent } from './compose/compose-mail.js';
export { MailRecipients1732351000000 } from './outbox/1732351000000-mail-recipients.migration.js';
export { MailModule } from './mail.module.js';
export { OutboxSender } from './sender/outbox-sender.service.js';
export { senderAddressOf } from './sender/outbox-row.js';
export { outboxStatus, type OutboxStatus } from './outbox/outbox-status.js';

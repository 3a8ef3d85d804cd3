export { MailOutbox1732350000000 } from './outbox/1732350000000-mail-outbox.migration.js';
export { enqueueMail, type OutboxAttachment, type OutboxMessage } from './outbox/outbox-message.js';
export { enqueueMails } from './outbox/enqueue-mails.js';
export { composeMail, type MailContent } from './compose/compose-mail.js';

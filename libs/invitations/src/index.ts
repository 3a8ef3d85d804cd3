/** The kallelse e-mailed as a calendar invitation (issue, update, cancellation), the justering workflow's messages, and what became of each message. */
export { Invitations1732352000000 } from './schema/1732352000000-invitations.migration.js';
export { InvitationsReactionModule } from './invitations-reaction.module.js';
export { InvitationsHttpModule } from './invitations-http.module.js';
export { invitationsReaction, INVITATIONS_REACTION } from './reaction/invitations.reaction.js';
export { MeetingMailDeliveriesQuery, type MailDelivery } from './deliveries/mail-deliveries.query.js';
export { justeringMailReaction, JUSTERING_MAIL_REACTION } from './justering/justering-mail.reaction.js';
export { JUSTERING_MAIL_KINDS, type JusteringMailKind, justeringMail } from './justering/justering-mail.js';

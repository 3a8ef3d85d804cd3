/** The kallelse e-mailed as a calendar invitation (issue, update, cancellation), and what became of each message. */
export { Invitations1732352000000 } from './schema/1732352000000-invitations.migration.js';
export { InvitationsReactionModule } from './invitations-reaction.module.js';
export { InvitationsHttpModule } from './invitations-http.module.js';
export { invitationsReaction, INVITATIONS_REACTION } from './reaction/invitations.reaction.js';
export { MeetingMailDeliveriesQuery, type MailDelivery } from './deliveries/mail-deliveries.query.js';

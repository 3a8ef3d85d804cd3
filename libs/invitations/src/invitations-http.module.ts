import { Module } from '@nestjs/common';
import { GroupsHttpModule } from '#libs/groups';
import { MailDeliveriesController } from './deliveries/mail-deliveries.controller.js';
import { MeetingMailDeliveriesHandler } from './deliveries/mail-deliveries.handler.js';

/** The deliveries of a meeting's e-mail over HTTP (and on the Förbered möte page, by the query). */
@Module({
  imports: [GroupsHttpModule],
  controllers: [MailDeliveriesController],
  providers: [MeetingMailDeliveriesHandler],
})
export class InvitationsHttpModule {}

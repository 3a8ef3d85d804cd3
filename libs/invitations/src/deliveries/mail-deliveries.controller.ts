import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '#libs/groups';
import { OperationId } from '#libs/http';
import type { Principal } from '#libs/identity';
import { MEETING_ERROR } from '#libs/meetings';
import { QueryEndpoint } from '#libs/shared-kernel';
import { MeetingMailDeliveriesQuery } from './mail-deliveries.query.js';
import { MailDeliveryDto } from './mail-delivery.dto.js';

@ApiTags('meetings')
@Controller('api')
export class MailDeliveriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('meetings/:meetingId/mail-deliveries')
  @OperationId('listMeetingMailDeliveries')
  @QueryEndpoint({
    summary: 'The e-mail sent about the meeting (invitations, updates, cancellations) and how each went',
    description:
      'For those who run the group’s meetings. One row per message and person, oldest first; a person ' +
      'without an address is listed as unaddressed, not left out.',
    response: [MailDeliveryDto],
    versioned: false,
    notFound: [MEETING_ERROR.NOT_FOUND],
  })
  list(@Caller() principal: Principal, @Param('meetingId') meetingId: string) {
    return this.queries.execute(new MeetingMailDeliveriesQuery(principal, meetingId));
  }
}

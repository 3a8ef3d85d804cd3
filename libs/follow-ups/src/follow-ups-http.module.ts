import { Module } from '@nestjs/common';
import { GroupsHttpModule } from '#libs/groups';
import { SharedKernelModule } from '#libs/shared-kernel';
import { CancelFollowUpHandler } from './application/cancel-follow-up/cancel-follow-up.handler.js';
import { CompleteFollowUpHandler } from './application/complete-follow-up/complete-follow-up.handler.js';
import { GetFollowUpHandler } from './application/get-follow-up/get-follow-up.handler.js';
import { ListFollowUpsHandler } from './application/list-follow-ups/list-follow-ups.handler.js';
import { RescheduleFollowUpHandler } from './application/reschedule-follow-up/reschedule-follow-up.handler.js';
import { FollowUpsController } from './http/controllers/follow-ups.controller.js';

/**
 * This context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot() (the
 * buses), EventStoreModule (PgEventStore and its pool) and an auth guard that sets `request.principal`.
 */
@Module({
  imports: [SharedKernelModule, GroupsHttpModule],
  controllers: [FollowUpsController],
  providers: [
    CompleteFollowUpHandler,
    RescheduleFollowUpHandler,
    CancelFollowUpHandler,
    GetFollowUpHandler,
    ListFollowUpsHandler,
  ],
  exports: [],
})
export class FollowUpsHttpModule {}

import { Module } from '@nestjs/common';
import { GroupsHttpModule } from '#libs/groups';
import { SharedKernelModule } from '#libs/shared-kernel';
import { CancelFollowUpHandler } from './application/cancel-follow-up/cancel-follow-up.handler.js';
import { CompleteFollowUpHandler } from './application/complete-follow-up/complete-follow-up.handler.js';
import { GetFollowUpHandler } from './application/get-follow-up/get-follow-up.handler.js';
import { ListFollowUpsHandler } from './application/list-follow-ups/list-follow-ups.handler.js';
import { RescheduleFollowUpHandler } from './application/reschedule-follow-up/reschedule-follow-up.handler.js';
import { FollowUpsController } from './http/controllers/follow-ups.controller.js';
import { FollowUpCalendarFeeds } from './application/calendar-feed/follow-up-calendar-feeds.js';
import { FollowUpOverviewExport } from './application/follow-up-overview/follow-up-overview-export.js';
import { GetFollowUpFiguresHandler } from './application/follow-up-overview/get-follow-up-figures.handler.js';
import { GetFollowUpOverviewHandler } from './application/follow-up-overview/get-follow-up-overview.handler.js';
import { GetOverviewOptionsHandler } from './application/follow-up-overview/get-overview-options.handler.js';
import { OverviewReaders } from './application/follow-up-overview/overview-readers.js';
import { FollowUpCalendarFeedController } from './http/controllers/follow-up-calendar-feed.controller.js';
import { FollowUpOverviewController } from './http/controllers/follow-up-overview.controller.js';

/**
 * This context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot() (the
 * buses), EventStoreModule (PgEventStore and its pool) and an auth guard that sets `request.principal`.
 */
@Module({
  imports: [SharedKernelModule, GroupsHttpModule],
  // The overview's and the feed's fixed paths before FollowUpsController's `:followUpId`.
  controllers: [FollowUpOverviewController, FollowUpCalendarFeedController, FollowUpsController],
  providers: [
    CompleteFollowUpHandler,
    RescheduleFollowUpHandler,
    CancelFollowUpHandler,
    GetFollowUpHandler,
    ListFollowUpsHandler,
    OverviewReaders,
    GetFollowUpOverviewHandler,
    GetFollowUpFiguresHandler,
    GetOverviewOptionsHandler,
    FollowUpOverviewExport,
    FollowUpCalendarFeeds,
  ],
  // The web pages manage a person's calendar feeds and link the export through these.
  exports: [FollowUpCalendarFeeds],
})
export class FollowUpsHttpModule {}

import { MeetingProtocolDiffController } from './http/controllers/meeting-protocol-diff.controller.js';
import { GetProtocolDiffHandler } from './application/protocol-diff/get-protocol-diff.handler.js';
import { Module } from '@nestjs/common';
import { FollowUpsHttpModule } from '#libs/follow-ups';
import { GroupsHttpModule } from '#libs/groups';
import { SharedKernelModule } from '#libs/shared-kernel';
import { AnswerProtocolChangeHandler } from './application/answer-protocol-change/answer-protocol-change.handler.js';
import { ProposeProtocolChangeHandler } from './application/propose-protocol-change/propose-protocol-change.handler.js';
import { RequestJusteringHandler } from './application/request-justering/request-justering.handler.js';
import { AddOvrigFragaHandler } from './application/add-ovrig-fraga/add-ovrig-fraga.handler.js';
import { AddProtokollsanteckningHandler } from './application/add-protokollsanteckning/add-protokollsanteckning.handler.js';
import { AssignFollowUpDateHandler } from './application/assign-follow-up-date/assign-follow-up-date.handler.js';
import { CorrectProtocolHandler } from './application/correct-protocol/correct-protocol.handler.js';
import { DeclineJusteringHandler } from './application/decline-justering/decline-justering.handler.js';
import { EscalateItemHandler } from './application/escalate-item/escalate-item.handler.js';
import { GetMeetingHistoryHandler } from './application/get-meeting-history/get-meeting-history.handler.js';
import { GetMeetingHandler } from './application/get-meeting/get-meeting.handler.js';
import { GroupEscalationsHandler } from './application/group-escalations/group-escalations.handler.js';
import { GroupMeetingRecordsHandler } from './application/group-meeting-records/group-meeting-records.handler.js';
import { ListMeetingsHandler } from './application/list-meetings/list-meetings.handler.js';
import { MeetingList } from './application/list-meetings/meeting-list.js';
import { JusteraProtocolHandler } from './application/justera-protocol/justera-protocol.handler.js';
import { ProposeAgendaItemHandler } from './application/propose-agenda-item/propose-agenda-item.handler.js';
import { ReportFollowUpHandler } from './application/report-follow-up/report-follow-up.handler.js';
import { ReviseProtocolHandler } from './application/revise-protocol/revise-protocol.handler.js';
import { RunMeetingCommandHandler } from './application/run-meeting-command/run-meeting-command.handler.js';
import { ScheduleMeetingHandler } from './application/schedule-meeting/schedule-meeting.handler.js';
import { SetAgendaHandler } from './application/set-agenda/set-agenda.handler.js';
import { FollowUpReportsController } from './http/controllers/follow-up-reports.controller.js';
import { MeetingItemsController } from './http/controllers/meeting-items.controller.js';
import { MeetingPreparationController } from './http/controllers/meeting-preparation.controller.js';
import { MeetingProtocolController } from './http/controllers/meeting-protocol.controller.js';
import { MeetingsController } from './http/controllers/meetings.controller.js';

/**
 * This context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot() (the
 * buses), EventStoreModule (PgEventStore and its pool), an auth guard that sets `request.principal`,
 * and a global provider of the PresenterAccounts port (libs/service's ContextPortsModule).
 */
@Module({
  imports: [SharedKernelModule, GroupsHttpModule, FollowUpsHttpModule],
  controllers: [
    MeetingsController,
    MeetingPreparationController,
    MeetingItemsController,
    MeetingProtocolController,
    MeetingProtocolDiffController,
    FollowUpReportsController,
  ],
  providers: [
    ScheduleMeetingHandler,
    GroupMeetingRecordsHandler,
    GroupEscalationsHandler,
    RunMeetingCommandHandler,
    SetAgendaHandler,
    ProposeAgendaItemHandler,
    AddProtokollsanteckningHandler,
    AssignFollowUpDateHandler,
    AddOvrigFragaHandler,
    ReviseProtocolHandler,
    CorrectProtocolHandler,
    JusteraProtocolHandler,
    DeclineJusteringHandler,
    GetProtocolDiffHandler,
    RequestJusteringHandler,
    ProposeProtocolChangeHandler,
    AnswerProtocolChangeHandler,
    GetMeetingHandler,
    ListMeetingsHandler,
    MeetingList,
    GetMeetingHistoryHandler,
    ReportFollowUpHandler,
    EscalateItemHandler,
  ],
  exports: [],
})
export class MeetingsHttpModule {}

import type { Provider } from '@nestjs/common';
import { CreateGroupHandler } from './group/create-group/create-group.handler.js';
import { GetGroupHandler } from './group/get-group/get-group.handler.js';
import { JoinGroupHandler } from './group/join-group/join-group.handler.js';
import { LeaveGroupHandler } from './group/leave-group/leave-group.handler.js';
import { ListGroupsHandler } from './group/list-groups/list-groups.handler.js';
import { CancelFollowUpHandler } from './follow-up/cancel-follow-up/cancel-follow-up.handler.js';
import { CompleteFollowUpHandler } from './follow-up/complete-follow-up/complete-follow-up.handler.js';
import { GetFollowUpHandler } from './follow-up/get-follow-up/get-follow-up.handler.js';
import { ListFollowUpsHandler } from './follow-up/list-follow-ups/list-follow-ups.handler.js';
import { ReportFollowUpHandler } from './follow-up/report-follow-up/report-follow-up.handler.js';
import { RescheduleFollowUpHandler } from './follow-up/reschedule-follow-up/reschedule-follow-up.handler.js';
import { AddOvrigFragaHandler } from './meeting/add-ovrig-fraga/add-ovrig-fraga.handler.js';
import { AddProtokollsanteckningHandler } from './meeting/add-protokollsanteckning/add-protokollsanteckning.handler.js';
import { AssignFollowUpDateHandler } from './meeting/assign-follow-up-date/assign-follow-up-date.handler.js';
import { CorrectProtocolHandler } from './meeting/correct-protocol/correct-protocol.handler.js';
import { DeclineJusteringHandler } from './meeting/decline-justering/decline-justering.handler.js';
import { GetMeetingDocumentHandler } from './meeting/get-document/get-document.handler.js';
import { GetMeetingHandler } from './meeting/get-meeting/get-meeting.handler.js';
import { GetMeetingHistoryHandler } from './meeting/get-meeting-history/get-meeting-history.handler.js';
import { JusteraProtocolHandler } from './meeting/justera-protocol/justera-protocol.handler.js';
import { ProposeAgendaItemHandler } from './meeting/propose-agenda-item/propose-agenda-item.handler.js';
import { ReviseProtocolHandler } from './meeting/revise-protocol/revise-protocol.handler.js';
import { ScheduleMeetingHandler } from './meeting/schedule-meeting/schedule-meeting.handler.js';
import { SetAgendaHandler } from './meeting/set-agenda/set-agenda.handler.js';
import { AddUnionOrganisationHandler } from './organisation/add-union-organisation/add-union-organisation.handler.js';
import { AddUnitHandler } from './organisation/add-unit/add-unit.handler.js';
import { CreateOrganisationHandler } from './organisation/create-organisation/create-organisation.handler.js';
import { GetOrganisationHandler } from './organisation/get-organisation/get-organisation.handler.js';
import { RemoveUnionOrganisationHandler } from './organisation/remove-union-organisation/remove-union-organisation.handler.js';
import { RunMeetingCommandHandler } from './meeting/run-meeting-command/run-meeting-command.handler.js';
import { Clock, SystemClock } from './shared/clock.js';
import { CommandRunner } from './shared/command-runner.js';

/**
 * The write path every use case shares. The store, its command loop and stream reader come from
 * EventStoreModule.
 */
const infrastructure: Provider[] = [{ provide: Clock, useClass: SystemClock }, CommandRunner];

const organisationUseCases = [
  CreateOrganisationHandler,
  AddUnitHandler,
  AddUnionOrganisationHandler,
  RemoveUnionOrganisationHandler,
  GetOrganisationHandler,
];

const groupUseCases = [
  CreateGroupHandler,
  JoinGroupHandler,
  LeaveGroupHandler,
  GetGroupHandler,
  ListGroupsHandler,
];

const meetingUseCases = [
  ScheduleMeetingHandler,
  // The meeting commands that need nothing but their payload (reschedule, record a decision …).
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
  GetMeetingHandler,
  GetMeetingDocumentHandler,
  GetMeetingHistoryHandler,
];

const followUpUseCases = [
  ReportFollowUpHandler,
  CompleteFollowUpHandler,
  RescheduleFollowUpHandler,
  CancelFollowUpHandler,
  GetFollowUpHandler,
  ListFollowUpsHandler,
];

export const MEETINGS_APPLICATION_PROVIDERS: Provider[] = [
  ...infrastructure,
  ...organisationUseCases,
  ...groupUseCases,
  ...meetingUseCases,
  ...followUpUseCases,
];

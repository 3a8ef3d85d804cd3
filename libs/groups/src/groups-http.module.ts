import { Module } from '@nestjs/common';
import { SharedKernelModule } from '#libs/shared-kernel';
import { CommandRunner } from './application/command-runner.js';
import { GroupDirectory } from './application/group/group-directory.js';
import { CreateGroupHandler } from './application/group/create-group/create-group.handler.js';
import { GetGroupHandler } from './application/group/get-group/get-group.handler.js';
import { JoinGroupHandler } from './application/group/join-group/join-group.handler.js';
import { LeaveGroupHandler } from './application/group/leave-group/leave-group.handler.js';
import { SetFederationJusteringHandler } from './application/group/set-federation-justering/set-federation-justering.handler.js';
import { SetMeetingLeadershipHandler } from './application/group/set-meeting-leadership/set-meeting-leadership.handler.js';
import { ListGroupsHandler } from './application/group/list-groups/list-groups.handler.js';
import { ListGroupsByIdHandler } from './application/group/list-groups-by-id/list-groups-by-id.handler.js';
import { ListMyGroupsHandler } from './application/group/list-my-groups/list-my-groups.handler.js';
import { SetProtocolFormHandler } from './application/group/set-protocol-form/set-protocol-form.handler.js';
import { SetJusteringHandler } from './application/group/set-justering/set-justering.handler.js';
import { SetNoticeTimesHandler } from './application/group/set-notice-times/set-notice-times.handler.js';
import { SetProtocolNumberSeriesHandler } from './application/group/set-protocol-number-series/set-protocol-number-series.handler.js';
import { AddUnionOrganisationHandler } from './application/organisation/add-union-organisation/add-union-organisation.handler.js';
import { AddUnitHandler } from './application/organisation/add-unit/add-unit.handler.js';
import { CreateOrganisationHandler } from './application/organisation/create-organisation/create-organisation.handler.js';
import { GetOrganisationHandler } from './application/organisation/get-organisation/get-organisation.handler.js';
import { SetUnionFederationHandler } from './application/organisation/set-union-federation/set-union-federation.handler.js';
import { SetDaySettingHandler } from './application/organisation/set-day-setting/set-day-setting.handler.js';
import { RemoveUnionOrganisationHandler } from './application/organisation/remove-union-organisation/remove-union-organisation.handler.js';
import { GroupsController } from './http/controllers/groups.controller.js';
import { OrganisationController } from './http/controllers/organisation.controller.js';

/**
 * This context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot() (the
 * buses), EventStoreModule (PgEventStore and its pool) and an auth guard that sets `request.principal`.
 */
@Module({
  imports: [SharedKernelModule],
  controllers: [OrganisationController, GroupsController],
  providers: [
    CommandRunner,
    GroupDirectory,
    CreateOrganisationHandler,
    AddUnitHandler,
    AddUnionOrganisationHandler,
    RemoveUnionOrganisationHandler,
    SetUnionFederationHandler,
    SetDaySettingHandler,
    GetOrganisationHandler,
    CreateGroupHandler,
    JoinGroupHandler,
    LeaveGroupHandler,
    SetMeetingLeadershipHandler,
    SetFederationJusteringHandler,
    SetProtocolFormHandler,
    SetJusteringHandler,
    SetNoticeTimesHandler,
    SetProtocolNumberSeriesHandler,
    GetGroupHandler,
    ListGroupsHandler,
    ListGroupsByIdHandler,
    ListMyGroupsHandler,
  ],
  exports: [CommandRunner, GroupDirectory],
})
export class GroupsHttpModule {}

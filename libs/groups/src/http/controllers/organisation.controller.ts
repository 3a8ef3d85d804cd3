import { Body, Controller, Delete, Get, Param, Post, Put, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { StreamVersionETagInterceptor } from '#libs/http';
import type { Principal } from '#libs/identity';
import { type CommandContext, CommandEndpoint, QueryEndpoint, VALIDATION } from '#libs/shared-kernel';
import { AddUnionOrganisationCommand } from '../../application/organisation/add-union-organisation/add-union-organisation.command.js';
import { AddUnitCommand } from '../../application/organisation/add-unit/add-unit.command.js';
import { CreateOrganisationCommand } from '../../application/organisation/create-organisation/create-organisation.command.js';
import { GetOrganisationQuery } from '../../application/organisation/get-organisation/get-organisation.query.js';
import { SetUnionFederationCommand } from '../../application/organisation/set-union-federation/set-union-federation.command.js';
import { SetDaySettingCommand } from '../../application/organisation/set-day-setting/set-day-setting.command.js';
import { RemoveUnionOrganisationCommand } from '../../application/organisation/remove-union-organisation/remove-union-organisation.command.js';
import { ORGANISATION_ERROR } from '../../domain/organisation/index.js';
import {
  AddUnitDto,
  CreateOrganisationDto,
  JusteringDaysDto,
  ReminderLeadDaysDto,
  UnionFederationDto,
  UnionOrganisationDto,
} from '../dto/organisation.dto.js';
import { OrganisationChangedDto, UnitAddedDto } from '../dto/responses/command-results.dto.js';
import { OrganisationViewDto } from '../dto/responses/organisation-view.dto.js';
import { Caller, CommandCaller } from '../request-context.js';

/** The caller's organisation (the tenant): its units and union organisations. Admins manage it. */
@ApiTags('organisation')
@Controller('api/organisation')
@UseInterceptors(StreamVersionETagInterceptor)
export class OrganisationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandEndpoint({
    summary: "Create the caller's organisation",
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    created: true,
    notFound: [],
    conflicts: [ORGANISATION_ERROR.ALREADY_CREATED, ...VALIDATION.TEXT],
  })
  create(@CommandCaller() context: CommandContext, @Body() body: CreateOrganisationDto) {
    return this.commands.execute(new CreateOrganisationCommand(context, body.name));
  }

  @Get()
  @QueryEndpoint({
    summary: "The caller's organisation",
    response: OrganisationViewDto,
    notFound: [ORGANISATION_ERROR.NOT_FOUND],
  })
  get(@Caller() principal: Principal) {
    return this.queries.execute(new GetOrganisationQuery(principal));
  }

  @Post('units')
  @CommandEndpoint({
    summary: 'Add a förvaltning or a unit inside one',
    stream: 'ORGANISATION',
    response: UnitAddedDto,
    created: true,
    conflicts: [ORGANISATION_ERROR.UNIT_ID_TAKEN, ORGANISATION_ERROR.UNKNOWN_PARENT_UNIT, ...VALIDATION.TEXT],
  })
  addUnit(@CommandCaller() context: CommandContext, @Body() body: AddUnitDto) {
    return this.commands.execute(
      new AddUnitCommand(context, { unitId: body.unitId, name: body.name, parentUnitId: body.parentUnitId }),
    );
  }

  @Post('union-organisations')
  @CommandEndpoint({
    summary: 'Put a union organisation on the list (adding one already listed changes nothing)',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [...VALIDATION.TEXT, ...VALIDATION.FEDERATION],
  })
  addUnionOrganisation(@CommandCaller() context: CommandContext, @Body() body: UnionOrganisationDto) {
    return this.commands.execute(new AddUnionOrganisationCommand(context, body.name, body.federation));
  }

  @Put('union-organisations/:name/federation')
  @CommandEndpoint({
    summary: 'Put a union organisation in a federation (Saco, TCO, LO)',
    description:
      'Attendance then names it with its federation ("Vision (TCO)"), and a group whose agreement says so ' +
      '(PUT /api/groups/{id}/federation-justering) may have a justerare justera for the federation.',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [ORGANISATION_ERROR.UNION_ORGANISATION_NOT_LISTED, ...VALIDATION.FEDERATION],
  })
  setUnionFederation(
    @CommandCaller() context: CommandContext,
    @Param('name') name: string,
    @Body() body: UnionFederationDto,
  ) {
    return this.commands.execute(new SetUnionFederationCommand(context, name, body.federation));
  }

  @Delete('union-organisations/:name/federation')
  @CommandEndpoint({
    summary: 'Take a union organisation out of its federation',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [ORGANISATION_ERROR.UNION_ORGANISATION_NOT_LISTED],
  })
  removeUnionFederation(@CommandCaller() context: CommandContext, @Param('name') name: string) {
    return this.commands.execute(new SetUnionFederationCommand(context, name, null));
  }

  @Delete('union-organisations/:name')
  @CommandEndpoint({
    summary: 'Take a union organisation off the list (past meetings keep the name)',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [ORGANISATION_ERROR.UNION_ORGANISATION_NOT_LISTED],
  })
  removeUnionOrganisation(@CommandCaller() context: CommandContext, @Param('name') name: string) {
    return this.commands.execute(new RemoveUnionOrganisationCommand(context, name));
  }

  @Put('reminder-lead-days')
  @CommandEndpoint({
    summary: "How many days before a follow-up's due date its reminder is sent (1–60, default 7)",
    description:
      'Applies to every open follow-up of the organisation: the reminder before the due date goes out ' +
      'this many days ahead; the one on the due date, the overdue one and the weekly ones follow as before.',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [ORGANISATION_ERROR.REMINDER_LEAD_DAYS_OUT_OF_RANGE],
  })
  setReminderLeadDays(@CommandCaller() context: CommandContext, @Body() body: ReminderLeadDaysDto) {
    return this.commands.execute(new SetDaySettingCommand(context, 'reminderLeadDays', body.leadDays));
  }

  @Put('justering-days')
  @CommandEndpoint({
    summary: 'How many days the justerare have when a justering request names no last date (1–60, default 7)',
    description:
      'The last date of a justering request that names none falls this many days after the request. ' +
      'Requests already made keep their last date.',
    stream: 'ORGANISATION',
    response: OrganisationChangedDto,
    conflicts: [ORGANISATION_ERROR.JUSTERING_DAYS_OUT_OF_RANGE],
  })
  setJusteringDays(@CommandCaller() context: CommandContext, @Body() body: JusteringDaysDto) {
    return this.commands.execute(new SetDaySettingCommand(context, 'justeringDays', body.days));
  }
}

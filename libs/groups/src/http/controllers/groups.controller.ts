import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { keysetPage, StreamVersionETagInterceptor } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  type CommandContext,
  CommandEndpoint,
  QueryEndpoint,
  VALIDATION,
  VALIDATION_ERROR,
  toOptional,
  toParty,
  toPerson,
} from '#libs/shared-kernel';
import { CreateGroupCommand } from '../../application/group/create-group/create-group.command.js';
import { GetGroupQuery } from '../../application/group/get-group/get-group.query.js';
import { JoinGroupCommand } from '../../application/group/join-group/join-group.command.js';
import { LeaveGroupCommand } from '../../application/group/leave-group/leave-group.command.js';
import { ListGroupsQuery } from '../../application/group/list-groups/list-groups.query.js';
import { SetJusteringCommand } from '../../application/group/set-justering/set-justering.command.js';
import { SetFederationJusteringCommand } from '../../application/group/set-federation-justering/set-federation-justering.command.js';
import { SetNoticeTimesCommand } from '../../application/group/set-notice-times/set-notice-times.command.js';
import { SetMeetingLeadershipCommand } from '../../application/group/set-meeting-leadership/set-meeting-leadership.command.js';
import { SetProtocolFormCommand } from '../../application/group/set-protocol-form/set-protocol-form.command.js';
import { SetProtocolNumberSeriesCommand } from '../../application/group/set-protocol-number-series/set-protocol-number-series.command.js';
import { GROUP_ERROR } from '../../domain/group/index.js';
import { ORGANISATION_ERROR } from '../../domain/organisation/index.js';
import {
  CreateGroupDto,
  JoinGroupDto,
  LeaveGroupDto,
  FederationJusteringDto,
  MeetingLeadershipDto,
  ProtocolNumberSeriesDto,
  SetJusteringDto,
  SetNoticeTimesDto,
} from '../dto/group.dto.js';
import { GROUP_PAGE, ListGroupsQueryDto } from '../dto/group-list.dto.js';
import { ProtocolFormDto } from '../dto/protocol-form.dto.js';
import { GROUP_LIST_CURSOR } from '../group-list-cursor.js';
import { GroupChangedDto } from '../dto/responses/command-results.dto.js';
import { GroupViewDto } from '../dto/responses/group-view.dto.js';
import { Caller, CommandCaller } from '../request-context.js';

/** Samverkansgrupper and their members. Admins manage them; members, HR and admins read them. */
@ApiTags('groups')
@Controller('api/groups')
@UseInterceptors(StreamVersionETagInterceptor)
export class GroupsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @CommandEndpoint({
    summary: 'Create a samverkansgrupp',
    stream: 'GROUP',
    response: GroupChangedDto,
    created: true,
    notFound: [],
    conflicts: [
      GROUP_ERROR.INVALID_LEVEL,
      GROUP_ERROR.OWN_PARENT,
      GROUP_ERROR.UNKNOWN_UNIT,
      GROUP_ERROR.UNKNOWN_PARENT_GROUP,
      GROUP_ERROR.PARENT_NOT_HIGHER_LEVEL,
      ORGANISATION_ERROR.NOT_CREATED,
      ...VALIDATION.TEXT,
    ],
  })
  create(@CommandCaller() context: CommandContext, @Body() body: CreateGroupDto) {
    const { name, levels, unitId, parentGroupId, actsAsSkyddskommitte, unionViceChairRunsMeetings } = body;
    return this.commands.execute(
      new CreateGroupCommand(context, {
        name,
        levels,
        unitId,
        parentGroupId,
        actsAsSkyddskommitte,
        unionViceChairRunsMeetings,
      }),
    );
  }

  @Get()
  @QueryEndpoint({
    summary: 'The groups the caller may read, by name',
    description:
      'Admins and HR see every group of the organisation; employees those whose published records they ' +
      `read; others the groups they sit in. A page of \`limit\` groups (${GROUP_PAGE} by default, 5,000 at ` +
      "most) by name, then id (names in the database's order); when there are more, the Link header has the " +
      'next page (`rel="next"`, with a cursor).',
    response: [GroupViewDto],
    versioned: false,
    paged: { invalidCursor: GROUP_ERROR.INVALID_CURSOR },
  })
  async list(
    @Caller() principal: Principal,
    @Query() query: ListGroupsQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { cursor, limit = GROUP_PAGE } = query;
    const after = cursor === undefined ? undefined : GROUP_LIST_CURSOR.decode(cursor);
    // One more than the page: whether there is a next one, without counting.
    const groups = await this.queries.execute(new ListGroupsQuery(principal, { after, limit: limit + 1 }));
    return keysetPage(groups, limit, GROUP_LIST_CURSOR.encode, request, response);
  }

  @Get(':groupId')
  @QueryEndpoint({
    summary: 'A group with its members and meetings',
    response: GroupViewDto,
    notFound: [GROUP_ERROR.NOT_FOUND],
  })
  get(@Caller() principal: Principal, @Param('groupId') groupId: string) {
    return this.queries.execute(new GetGroupQuery(principal, groupId));
  }

  @Put(':groupId/meeting-leadership')
  @CommandEndpoint({
    summary: "Who runs the group's meetings: whether a union vice ordförande does, as the agreement says",
    description:
      'The ordförande, the sekreterare and an employer vice ordförande always run the meetings; a vice ' +
      'ordförande from the union side does only while this is true (403 AUTH.FORBIDDEN otherwise).',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [],
  })
  setMeetingLeadership(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: MeetingLeadershipDto,
  ) {
    const { unionViceChairRunsMeetings } = body;
    return this.commands.execute(
      new SetMeetingLeadershipCommand(context, groupId, { unionViceChairRunsMeetings }),
    );
  }

  @Put(':groupId/federation-justering')
  @CommandEndpoint({
    summary: 'Whether the unions justera by federation (Saco, TCO, LO), as the agreement says',
    description:
      'While true, a union justerare may be appointed to justera for the federation of the organisation they ' +
      'attend for ("för TCO"); the organisation puts its unions in federations ' +
      '(PUT /api/organisation/union-organisations/{name}/federation). Applies to meetings scheduled from now on.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [GROUP_ERROR.NO_FORMAL_PARTIES],
  })
  setFederationJustering(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: FederationJusteringDto,
  ) {
    const { justeringByFederation } = body;
    return this.commands.execute(
      new SetFederationJusteringCommand(context, groupId, { justeringByFederation }),
    );
  }

  @Post(':groupId/members')
  @CommandEndpoint({
    summary: 'A person joins the group (personId is their account id)',
    stream: 'GROUP',
    response: GroupChangedDto,
    description:
      'At the samverkan levels every member sits for the employer or a union organisation ' +
      '(GROUP.PARTY_REQUIRED without one). An APT has no formal parties: members join without a ' +
      'party, or for the employer; a union organisation is GROUP.NO_FORMAL_PARTIES.',
    conflicts: [
      GROUP_ERROR.ALREADY_MEMBER,
      GROUP_ERROR.PARTY_REQUIRED,
      GROUP_ERROR.NO_FORMAL_PARTIES,
      ...VALIDATION.PARTY,
      ...VALIDATION.TEXT,
    ],
  })
  join(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: JoinGroupDto,
  ) {
    return this.commands.execute(
      new JoinGroupCommand(context, groupId, {
        person: toPerson(body.person),
        party: toOptional(body.party, toParty),
        role: body.role,
        joinedOn: body.joinedOn,
      }),
    );
  }

  @Put(':groupId/protocol-form')
  @CommandEndpoint({
    summary:
      'Set the group’s own protocol form: its procedural paragraphs (which, in what order, in its ' +
      'wording) and the sections its agenda is grouped in. Until set, the group follows the default ' +
      'of its level (GET shows which). Meetings number their §§ by the form at close and keep it.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [
      GROUP_ERROR.DUPLICATE_PROCEDURAL_PARAGRAPH,
      GROUP_ERROR.DUPLICATE_SECTION,
      ...VALIDATION.TEXT,
      VALIDATION_ERROR.INVALID_VALUE,
    ],
  })
  setProtocolForm(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: ProtocolFormDto,
  ) {
    const { opening, sections, closing } = body;
    const form = {
      opening: opening.map(({ kind, title }) => ({ kind, title })),
      sections: sections.map(({ sectionId, heading, kinds }) => ({ sectionId, heading, kinds: kinds ?? [] })),
      closing: closing.map(({ kind, title }) => ({ kind, title })),
    };
    return this.commands.execute(new SetProtocolFormCommand(context, groupId, form));
  }

  @Delete(':groupId/protocol-form')
  @CommandEndpoint({
    summary:
      'Go back to the default protocol form of the group’s level: the group’s own form is left behind. ' +
      'Meetings closed under it keep their §§; those closed from now on follow the default. Nothing is ' +
      'recorded when the group already follows the default.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [],
  })
  followDefaultProtocolForm(@CommandCaller() context: CommandContext, @Param('groupId') groupId: string) {
    return this.commands.execute(new SetProtocolFormCommand(context, groupId, null));
  }

  @Put(':groupId/protocol-number-series/:year')
  @CommandEndpoint({
    summary: "Set where the group's protocol numbers of a year start and how they are written",
    description:
      'A group that starts mid-year at its real number: firstNumber 7 and format N/YY make the first ' +
      'meeting closed that year "Protokoll 7/19". Numbers are given when a meeting closes, in the order ' +
      'the meetings are held; a series that would change a number already given that year (starting at ' +
      'or below it, or another format) is refused.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [
      GROUP_ERROR.PROTOCOL_NUMBER_SERIES_COLLIDES,
      GROUP_ERROR.INVALID_YEAR,
      GROUP_ERROR.INVALID_FIRST_PROTOCOL_NUMBER,
      GROUP_ERROR.INVALID_PROTOCOL_NUMBER_FORMAT,
    ],
  })
  setProtocolNumberSeries(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Param('year') year: string,
    @Body() body: ProtocolNumberSeriesDto,
  ) {
    // Checked by the decider: a year that is not four digits is GROUP.INVALID_YEAR.
    const series = { firstNumber: body.firstNumber, format: body.format ?? 'N/YYYY' } as const;
    return this.commands.execute(new SetProtocolNumberSeriesCommand(context, groupId, Number(year), series));
  }

  @Put(':groupId/justering')
  @CommandEndpoint({
    summary: "Set how the group's protocols are justerade",
    description:
      'An APT (no formal parties) chooses off (the default: the notes are final when the meeting ' +
      'closes) or employer (one justerare for the employer). The samverkan levels are always justerade ' +
      'by the employer and the union organisations (parties). Meetings already scheduled keep the ' +
      'setting they were called with.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [GROUP_ERROR.JUSTERING_NOT_FOR_LEVEL],
  })
  setJustering(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: SetJusteringDto,
  ) {
    return this.commands.execute(new SetJusteringCommand(context, groupId, body.justering));
  }

  @Put(':groupId/notice-times')
  @CommandEndpoint({
    summary: "Set how many days ahead the group's kallelse and agenda go out",
    description:
      'Replaces the defaults of the group’s level (APT and the samverkan levels: kallelse 14 days and ' +
      'agenda 7 days ahead; CSG 21 and 14). GET /api/meetings/{id} measures a coming meeting’s ' +
      'notice against them and says what is late.',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [GROUP_ERROR.INVALID_NOTICE_TIMES],
  })
  setNoticeTimes(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Body() body: SetNoticeTimesDto,
  ) {
    const { kallelseDays, agendaDays } = body;
    return this.commands.execute(new SetNoticeTimesCommand(context, groupId, { kallelseDays, agendaDays }));
  }

  @Post(':groupId/members/:personId/leave')
  @CommandEndpoint({
    summary: 'A member leaves the group (the membership stays in the history)',
    stream: 'GROUP',
    response: GroupChangedDto,
    conflicts: [GROUP_ERROR.NOT_A_MEMBER, GROUP_ERROR.LEFT_BEFORE_JOINED],
  })
  leave(
    @CommandCaller() context: CommandContext,
    @Param('groupId') groupId: string,
    @Param('personId') personId: string,
    @Body() body: LeaveGroupDto,
  ) {
    return this.commands.execute(new LeaveGroupCommand(context, groupId, personId, body.leftOn));
  }
}

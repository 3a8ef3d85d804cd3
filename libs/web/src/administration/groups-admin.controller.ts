import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Command, CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { tableDate } from '#libs/documents';
import {
  CreateGroupCommand,
  GetGroupQuery,
  type GroupView,
  JoinGroupCommand,
  type JusteringSetting,
  LeaveGroupCommand,
  ListGroupsByIdQuery,
  ListGroupsQuery,
  SetJusteringCommand,
  SetMeetingLeadershipCommand,
  SetFederationJusteringCommand,
  SetNoticeTimesCommand,
  SetProtocolFormCommand,
  SetProtocolNumberSeriesCommand,
} from '#libs/groups';
import { AccountService, type Principal, RequireOrganisationRole } from '#libs/identity';
import { type CommandContext, type MemberRole, type ProtocolNumberFormat, Clock } from '#libs/shared-kernel';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { csrfTokenOfSession, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { type FormFields, formCommandContext, formFieldsOf, textOf } from '../prepare-meeting/page-form.js';
import { problem } from '../prepare-meeting/swedish-errors.js';
import { readGroupsListPage } from '../group/groups-list-page.js';
import { PageRenderer } from '../views/page-renderer.js';
import { isUuid } from './account-forms.js';
import { submitForm } from './admin-submit.js';
import { adminProblemOf } from './admin-errors.js';
import { doneMessageOf, type Refusal, sendPage } from './admin-form.js';
import { groupAdminPage } from './group-admin-page.js';
import { FORM as PROTOCOL_FORM, protocolFormOf, protocolFormProblemOf } from './protocol-form-form.js';
import { isTicked, levelsOf, partyOfChoice, wholeNumberOf } from './group-forms.js';
import { ADMIN_GROUPS_PATH, adminGroupHref, groupsAdminPage } from './groups-admin-page.js';
import { organisationOrEmpty, readOrganisation } from './read-organisation.js';

const DONE: Record<string, string> = {
  skapad: 'Gruppen är skapad. Lägg nu till ledamöterna.',
  ledamot: 'Ledamoten är tillagd.',
  lamnat: 'Ledamoten har lämnat gruppen. Medlemskapet finns kvar i historiken.',
  motesledning: 'Mötesledningen är sparad.',
  justering: 'Justeringen är sparad. Den gäller möten som schemaläggs från och med nu.',
  nummerserie: 'Nummerserien är sparad.',
  centralorganisation:
    'Justeringen för centralorganisation är sparad. Den gäller möten som schemaläggs från och med nu.',
  protokollsmall: 'Protokollsmallen är sparad. Den gäller möten som avslutas från och med nu.',
  standardmall:
    'Gruppen följer nu standardmallen för sin nivå. Den gäller möten som avslutas från och med nu.',
  kallelsetider: 'Tiderna för kallelse och dagordning är sparade. Förbered möte visar vad som blir sent.',
};

/** A form's command, or the problem the page finds before the command runs. */
type Built = Command<unknown> | ReturnType<typeof problem>;

/**
 * /administration/grupper: every samverkansgrupp and APT with its level and parent, the form that
 * creates one, and each group's page for its members, who leads its meetings, its justering and
 * its protocol numbers. Admins only (group.manage, as /api/groups); each form runs the command the
 * API runs, with the version the page showed; a refusal is shown at its field, nothing changed.
 */
@ApiExcludeController()
@Controller('administration/grupper')
@UseFilters(PageExceptionFilter)
@RequireOrganisationRole('admin')
export class GroupsAdminController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly accounts: AccountService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Query('klart') done: unknown,
    @Query('cursor') cursor: unknown,
  ) {
    await this.sendList(request, response, 200, null, doneMessageOf(DONE, done), cursor);
  }

  @Post()
  async create(@Req() request: PageRequest, @Res() response: Response) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    // A new group is a new stream: the organisation's version on the page is no If-Match for it.
    delete context.expectedVersion;
    const parent = textOf(fields, 'overordnad');
    let createdId = '';
    await submitForm({
      response,
      form: 'grupp',
      change: async () => {
        const created = await this.commands.execute(
          new CreateGroupCommand(context, {
            name: textOf(fields, 'namn'),
            levels: levelsOf(fields),
            unitId: textOf(fields, 'enhet'),
            parentGroupId: parent === '' ? undefined : parent,
            actsAsSkyddskommitte: isTicked(fields, 'skyddskommitte'),
            unionViceChairRunsMeetings: isTicked(fields, 'facklig-vice'),
          }),
        );
        createdId = created.groupId;
      },
      refuse: (status, shown) =>
        this.sendList(request, response, status, { problem: shown, posted: fields }, null),
      doneHref: () => `${adminGroupHref(createdId)}?klart=skapad`,
    });
  }

  @Get(':groupId')
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
    @Query('klart') done: unknown,
  ) {
    await this.sendGroup(request, response, groupId, 200, null, doneMessageOf(DONE, done));
  }

  @Post(':groupId/ledamoter')
  async join(@Req() request: PageRequest, @Res() response: Response, @Param('groupId') groupId: string) {
    await this.run(request, response, groupId, 'ledamot', async (context, fields) => {
      const personId = textOf(fields, 'person');
      // Only an account of this organisation joins (the select offers no other; a forged id finds none).
      const account = isUuid(personId)
        ? await this.accounts.find(context.principal.tenantId, personId)
        : undefined;
      if (!account) return problem('ledamot', 'Välj vem som går in i gruppen.', 'person');
      const party = partyOfChoice(textOf(fields, 'part'));
      if (party === 'invalid') return problem('ledamot', 'Välj vilken part personen sitter för.', 'part');
      return new JoinGroupCommand(context, groupId, {
        person: { personId: account.id, name: account.displayName },
        party,
        role: textOf(fields, 'roll') as MemberRole,
        joinedOn: textOf(fields, 'fran'),
      });
    });
  }

  @Post(':groupId/ledamoter/lamna')
  async leave(@Req() request: PageRequest, @Res() response: Response, @Param('groupId') groupId: string) {
    await this.run(request, response, groupId, 'lamna', (context, fields) => {
      const personId = textOf(fields, 'person');
      if (personId === '') return problem('lamna', 'Välj vem som lämnar gruppen.', 'person');
      return new LeaveGroupCommand(context, groupId, personId, textOf(fields, 'lamnar'));
    });
  }

  @Post(':groupId/motesledning')
  async leadership(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(
      request,
      response,
      groupId,
      'motesledning',
      (context, fields) =>
        new SetMeetingLeadershipCommand(context, groupId, {
          unionViceChairRunsMeetings: isTicked(fields, 'facklig-vice'),
        }),
    );
  }

  @Post(':groupId/justering')
  async justering(@Req() request: PageRequest, @Res() response: Response, @Param('groupId') groupId: string) {
    await this.run(
      request,
      response,
      groupId,
      'justering',
      (context, fields) =>
        new SetJusteringCommand(context, groupId, textOf(fields, 'justering') as JusteringSetting),
    );
  }

  @Post(':groupId/nummerserie')
  async numberSeries(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(request, response, groupId, 'nummerserie', (context, fields) => {
      const year = textOf(fields, 'ar');
      // The decider checks a year of four digits; anything else typed is no year at all.
      if (!/^\d{4}$/.test(year))
        return problem('nummerserie', 'Ange ett år med fyra siffror, till exempel 2019.', 'ar');
      return new SetProtocolNumberSeriesCommand(context, groupId, Number(year), {
        firstNumber: wholeNumberOf(textOf(fields, 'forsta')),
        format: textOf(fields, 'format') as ProtocolNumberFormat,
      });
    });
  }

  @Post(':groupId/centralorganisation')
  async federationJustering(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(
      request,
      response,
      groupId,
      'centralorganisation',
      (context, fields) =>
        new SetFederationJusteringCommand(context, groupId, {
          justeringByFederation: isTicked(fields, 'for-centralorganisation'),
        }),
    );
  }

  @Post(':groupId/protokollsmall')
  async protocolForm(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(
      request,
      response,
      groupId,
      PROTOCOL_FORM,
      (context, fields) => new SetProtocolFormCommand(context, groupId, protocolFormOf(fields)),
      protocolFormProblemOf,
    );
  }

  /** Back to the level's default form: the group's own is left behind (closed meetings keep theirs). */
  @Post(':groupId/protokollsmall/standard')
  async defaultProtocolForm(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(
      request,
      response,
      groupId,
      'standardmall',
      (context) => new SetProtocolFormCommand(context, groupId, null),
      protocolFormProblemOf,
    );
  }

  @Post(':groupId/kallelsetider')
  async noticeTimes(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('groupId') groupId: string,
  ) {
    await this.run(request, response, groupId, 'kallelsetider', (context, fields) => {
      const kallelseDays = wholeNumberOf(textOf(fields, 'kallelse'));
      const agendaDays = wholeNumberOf(textOf(fields, 'dagordning'));
      // A number that is none is shown at its own field; the decider checks the range and the order.
      for (const [field, days] of [
        ['kallelse', kallelseDays],
        ['dagordning', agendaDays],
      ] as const)
        if (Number.isNaN(days))
          return problem('kallelsetider', 'Ange ett helt antal dagar, till exempel 14.', field);
      return new SetNoticeTimesCommand(context, groupId, { kallelseDays, agendaDays });
    });
  }

  /** Runs one group form's command; a refusal renders the group's page with it, else back there. */
  private async run(
    request: PageRequest,
    response: Response,
    groupId: string,
    form: string,
    build: (context: CommandContext, fields: FormFields) => Built | Promise<Built>,
    problemOf: (error: unknown, form: string) => ReturnType<typeof adminProblemOf> = adminProblemOf,
  ): Promise<void> {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    await submitForm({
      response,
      form,
      change: async () => {
        const command = await build(context, fields);
        if (!(command instanceof Command)) return command;
        await this.commands.execute(command);
      },
      refuse: (status, shown) =>
        this.sendGroup(request, response, groupId, status, { problem: shown, posted: fields }, null),
      doneHref: `${adminGroupHref(groupId)}?klart=${form === 'lamna' ? 'lamnat' : form}`,
      problemOf,
    });
  }

  private async sendList(
    request: PageRequest,
    response: Response,
    status: number,
    refusal: Refusal | null,
    done: string | null,
    cursor?: unknown,
  ): Promise<void> {
    const principal = this.principalOf(request);
    // The table in pages, as /grupper; the parent group's choice in the form offers every group.
    const [page, all] = await Promise.all([
      readGroupsListPage(this.queries, principal, cursor, ADMIN_GROUPS_PATH),
      this.queries.execute(new ListGroupsQuery(principal)),
    ]);
    const organisation = await this.organisationOf(principal);
    sendPage(
      response,
      page.paging.stale ? 400 : status,
      this.renderer.render('admin-grupper', {
        title: refusal ? 'Fel: Grupper' : 'Grupper',
        signedIn: signedInHeaderOf(request),
        csrfToken: csrfTokenOfSession(request),
        ...groupsAdminPage(page, all, organisation, refusal, done),
      }),
    );
  }

  private async sendGroup(
    request: PageRequest,
    response: Response,
    groupId: string,
    status: number,
    refusal: Refusal | null,
    done: string | null,
  ): Promise<void> {
    const principal = this.principalOf(request);
    const group: GroupView = await this.queries.execute(new GetGroupQuery(principal, groupId));
    const parent =
      group.parentGroupId === undefined
        ? undefined
        : (await this.queries.execute(new ListGroupsByIdQuery(principal, [group.parentGroupId])))[0];
    const model = groupAdminPage({
      group,
      parent,
      organisation: await this.organisationOf(principal),
      accounts: await this.accounts.list(principal.tenantId),
      refusal,
      done,
      today: tableDate(this.clock.now().toISOString()),
    });
    sendPage(
      response,
      status,
      this.renderer.render('admin-grupp', {
        title: refusal ? `Fel: ${group.name}` : `Administrera ${group.name}`,
        signedIn: signedInHeaderOf(request),
        csrfToken: csrfTokenOfSession(request),
        ...model,
      }),
    );
  }

  private async organisationOf(principal: Principal) {
    return organisationOrEmpty(await readOrganisation(this.queries, principal), principal);
  }

  private principalOf(request: PageRequest): Principal {
    if (!request.principal) throw new Error('the guard let an anonymous request through');
    return request.principal;
  }
}

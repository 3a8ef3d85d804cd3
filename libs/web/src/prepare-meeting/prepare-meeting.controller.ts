import { randomUUID } from 'node:crypto';
import { Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import { GetGroupQuery, type GroupView } from '#libs/groups';
import type { Principal } from '#libs/identity';
import { type MailDelivery, MeetingMailDeliveriesQuery } from '#libs/invitations';
import { GetMeetingQuery, RunMeetingCommand, SetAgendaCommand, type MeetingView } from '#libs/meetings';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { csrfTokenOfSession, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { agendaItemOf, proposerOf } from './agenda-item-form.js';
import { type AgendaEdit, applyAgendaEdit, chairsAgendaOf } from './agenda-edits.js';
import { prepareHref } from './labels.js';
import {
  type FormFields,
  formCommandContext,
  formFieldsOf,
  type FormProblem,
  isProblem,
  listOf,
  textOf,
} from './page-form.js';
import { meetingTimeAndPlaceOf } from './meeting-time-form.js';
import { mailDeliveriesView } from './mail-deliveries-view.js';
import { prepareMeetingPage } from './prepare-meeting-page.js';
import { formProblemOf, problem, statusOfProblem } from './swedish-errors.js';

/** What the item forms' buttons ask for (the `atgard` of the button pressed). */
const ITEM_ACTIONS = ['upp', 'ner', 'spara', 'ta-bort', 'ta-med'] as const;
type ItemAction = (typeof ITEM_ACTIONS)[number];
const DONE_BY_ACTION: Record<ItemAction, string> = {
  upp: 'flyttad',
  ner: 'flyttad',
  spara: 'sparad',
  'ta-bort': 'borttagen',
  'ta-med': 'medtagen',
};

/**
 * /moten/:id/forbered: the chairs and the sekreterare build the agenda and send the kallelse, with
 * plain forms (POST, then a redirect to the page: nothing is sent twice by a reload). Every change
 * goes through the command the API runs (SetAgendaCommand, IssueKallelse) with the version the page
 * was rendered from; a refusal is shown at its form and field in Swedish, and nothing is recorded.
 */
@ApiExcludeController()
@Controller('moten/:meetingId/forbered')
@UseFilters(PageExceptionFilter)
export class PrepareMeetingController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Query('klart') done: unknown,
  ): Promise<void> {
    await this.send(request, response, meetingId, 200, typeof done === 'string' ? done : null, null, null);
  }

  /** A new item at the end of its section. */
  @Post('punkter')
  async add(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    const form = 'ny-punkt';
    const { view, group } = await this.read(request, meetingId);
    const item = agendaItemOf(
      fields,
      { itemId: `punkt-${randomUUID()}`, proposer: proposerOf(fields) },
      group,
      form,
    );
    if (isProblem(item)) return this.send(request, response, meetingId, 400, null, item, fields);
    await this.setAgenda(request, response, {
      view,
      group,
      fields,
      form,
      edit: { kind: 'add', item },
      done: 'tillagd',
      context,
    });
  }

  /** Up, down, save, remove (with the reason a union's item needs) or take a returning item along. */
  @Post('punkt')
  async change(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
  ) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    const { view, group } = await this.read(request, meetingId);
    const itemId = textOf(fields, 'punkt');
    const action = textOf(fields, 'atgard') as ItemAction;
    const index = chairsAgendaOf(view.agenda).findIndex((entry) => entry.itemId === itemId);
    const form = `punkt-${index}`;
    if (!ITEM_ACTIONS.includes(action) || (index < 0 && action !== 'ta-med')) {
      return this.send(
        request,
        response,
        meetingId,
        409,
        null,
        problem('sidan', 'Punkten finns inte längre på dagordningen. Sidan visar den som den är nu.'),
        null,
      );
    }
    let edit: AgendaEdit;
    if (action === 'upp' || action === 'ner')
      edit = { kind: 'move', itemId, direction: action === 'upp' ? 'up' : 'down' };
    else if (action === 'ta-bort') edit = { kind: 'remove', itemId, reason: textOf(fields, 'motivering') };
    else if (action === 'ta-med') edit = { kind: 'accept', itemId };
    else {
      const current = view.agenda[view.agenda.findIndex((entry) => entry.itemId === itemId)];
      const { proposer, presenters, workEnvironmentTopic } = current;
      const item = agendaItemOf(fields, { itemId, proposer, presenters, workEnvironmentTopic }, group, form);
      if (isProblem(item)) return this.send(request, response, meetingId, 400, null, item, fields);
      edit = { kind: 'update', item };
    }
    await this.setAgenda(request, response, {
      view,
      group,
      fields,
      form,
      edit,
      done: DONE_BY_ACTION[action],
      context,
    });
  }

  /** Sends the kallelse with the agenda as it is to the members ticked. */
  @Post('kallelse')
  async issue(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    const { group } = await this.read(request, meetingId);
    const chosen = new Set(listOf(fields, 'mottagare'));
    const recipients = group.members
      .filter(({ person }) => chosen.has(person.personId))
      .map(({ person }) => ({ personId: person.personId, name: person.name }));
    await this.runOrShow(request, response, {
      meetingId,
      form: 'kallelse',
      fields,
      run: () =>
        this.commands.execute(new RunMeetingCommand(context, meetingId, 'IssueKallelse', { recipients })),
      done: 'kallelse#kallelse',
    });
  }

  /** Moves the meeting to the time and place posted (RescheduleMeeting, as the API's reschedule). */
  @Post('flytta')
  async move(@Req() request: PageRequest, @Res() response: Response, @Param('meetingId') meetingId: string) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    const move = meetingTimeAndPlaceOf(fields, 'flytta');
    if (isProblem(move)) return this.send(request, response, meetingId, 400, null, move, fields);
    await this.runOrShow(request, response, {
      meetingId,
      form: 'flytta',
      fields,
      run: () => this.commands.execute(new RunMeetingCommand(context, meetingId, 'RescheduleMeeting', move)),
      done: 'flyttat',
    });
  }

  /** Cancels the meeting with the reason posted (CancelMeeting, as the API's cancel). */
  @Post('installa')
  async cancel(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
  ) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    const reason = textOf(fields, 'motivering');
    await this.runOrShow(request, response, {
      meetingId,
      form: 'installa',
      fields,
      run: () =>
        this.commands.execute(new RunMeetingCommand(context, meetingId, 'CancelMeeting', { reason })),
      done: 'installt',
    });
  }

  /** Runs a form's command; a refusal is shown at the form, success redirects to the page with its message. */
  private async runOrShow(
    request: PageRequest,
    response: Response,
    action: {
      meetingId: string;
      form: string;
      fields: FormFields;
      run: () => Promise<unknown>;
      done: string;
    },
  ): Promise<void> {
    const { meetingId, form, fields, run, done } = action;
    try {
      await run();
    } catch (error) {
      return this.refused(request, response, meetingId, error, form, fields);
    }
    response.redirect(303, `${prepareHref(meetingId)}?klart=${done}`);
  }

  private async setAgenda(
    request: PageRequest,
    response: Response,
    change: {
      view: MeetingView;
      group: GroupView;
      fields: FormFields;
      form: string;
      edit: AgendaEdit;
      done: string;
      context: ReturnType<typeof formCommandContext>;
    },
  ): Promise<void> {
    const { view, group, fields, form, edit, done, context } = change;
    try {
      const { items, removals } = applyAgendaEdit(view.agenda, edit, group.protocolForm);
      await this.commands.execute(new SetAgendaCommand(context, view.meetingId, items, removals));
    } catch (error) {
      if (error instanceof RangeError) {
        return this.send(
          request,
          response,
          view.meetingId,
          409,
          null,
          problem('sidan', 'Punkten finns inte längre på dagordningen. Sidan visar den som den är nu.'),
          null,
        );
      }
      return this.refused(request, response, view.meetingId, error, form, fields);
    }
    response.redirect(303, `${prepareHref(view.meetingId)}?klart=${done}#dagordning`);
  }

  /** A refusal the user can correct is shown at its form; anything else goes to the error page. */
  private async refused(
    request: PageRequest,
    response: Response,
    meetingId: string,
    error: unknown,
    form: string,
    fields: FormFields,
  ) {
    const shown = formProblemOf(error, form);
    if (!shown) throw error;
    await this.send(request, response, meetingId, statusOfProblem(error), null, shown, fields);
  }

  private async read(request: PageRequest, meetingId: string) {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const view = await this.queries.execute(new GetMeetingQuery(principal, meetingId));
    const group = await this.queries.execute(new GetGroupQuery(principal, view.groupId));
    return { view, group, principal };
  }

  private async send(
    request: PageRequest,
    response: Response,
    meetingId: string,
    status: number,
    done: string | null,
    shown: FormProblem | null,
    posted: FormFields | null,
  ): Promise<void> {
    const { view, group, principal } = await this.read(request, meetingId);
    const deliveries = await this.deliveriesFor(principal, meetingId, view.groupId);
    const model = prepareMeetingPage({
      view,
      group,
      personId: principal.accountId,
      done,
      problem: shown,
      posted,
    });
    response
      .status(status)
      .type('html')
      // The page holds CSRF tokens and drafts: no cache keeps it.
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('forbered-mote', {
          title: shown ? `Fel: Förbered möte ${model.meeting.date}` : `Förbered möte ${model.meeting.date}`,
          signedIn: signedInHeaderOf(request),
          csrfToken: csrfTokenOfSession(request),
          ...model,
          deliveries: deliveries && mailDeliveriesView(deliveries),
        }),
      );
  }

  /** The meeting's e-mail for those who run it (the query refuses others: they see no list). */
  private async deliveriesFor(
    principal: Principal,
    meetingId: string,
    groupId: string,
  ): Promise<MailDelivery[] | null> {
    try {
      return await this.queries.execute(new MeetingMailDeliveriesQuery(principal, meetingId, groupId));
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'forbidden') return null;
      throw error;
    }
  }
}

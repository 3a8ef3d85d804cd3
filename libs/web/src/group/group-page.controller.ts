import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { type FollowUpRow, ListFollowUpsQuery } from '#libs/follow-ups';
import { GetGroupQuery } from '#libs/groups';
import { GroupEscalationsQuery, ScheduleMeetingCommand } from '#libs/meetings';
import { Clock } from '#libs/shared-kernel';
import { allMeetings } from '../meetings/all-meetings.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { csrfTokenOfSession, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { prepareHref } from '../prepare-meeting/labels.js';
import { meetingTimeAndPlaceOf, optionalTextOf } from '../prepare-meeting/meeting-time-form.js';
import {
  type FormFields,
  formCommandContext,
  formFieldsOf,
  type FormProblem,
  isProblem,
} from '../prepare-meeting/page-form.js';
import { formProblemOf, statusOfProblem } from '../prepare-meeting/swedish-errors.js';
import { PageRenderer } from '../views/page-renderer.js';
import { groupPage } from './group-page.js';

/**
 * /grupper/:id: a group's members by side and organisation, its protocol form, its meetings coming
 * and past, its open follow-ups, its escalations in and out (GroupEscalationsQuery); for those who run its meetings, the form that schedules one
 * (ScheduleMeetingCommand, as POST /api/groups/{id}/meetings), which leads on to Förbered möte.
 */
@ApiExcludeController()
@Controller('grupper/:groupId')
@UseFilters(PageExceptionFilter)
export class GroupPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    /** The meetings' clock: which meetings are coming is reckoned as Min sida reckons it. */
    private readonly clock: Clock,
  ) {}

  @Get()
  async show(@Req() request: PageRequest, @Res() response: Response, @Param('groupId') groupId: string) {
    await this.send(request, response, groupId, 200, null, null);
  }

  @Post('moten')
  async schedule(@Req() request: PageRequest, @Res() response: Response, @Param('groupId') groupId: string) {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    // The group's version is not the meeting's stream: scheduling creates a new one.
    delete context.expectedVersion;
    const meeting = meetingTimeAndPlaceOf(fields, 'schema');
    if (isProblem(meeting)) return this.send(request, response, groupId, 400, meeting, fields);
    try {
      const scheduled = await this.commands.execute(
        new ScheduleMeetingCommand(context, groupId, { ...meeting, dnr: optionalTextOf(fields, 'dnr') }),
      );
      response.redirect(303, `${prepareHref(scheduled.meetingId)}?klart=schemalagt`);
    } catch (error) {
      const shown = formProblemOf(error, 'schema');
      if (!shown) throw error;
      await this.send(request, response, groupId, statusOfProblem(error), shown, fields);
    }
  }

  private async send(
    request: PageRequest,
    response: Response,
    groupId: string,
    status: number,
    shown: FormProblem | null,
    posted: FormFields | null,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const group = await this.queries.execute(new GetGroupQuery(principal, groupId));
    // From the meetings read model: a meeting just scheduled or changed is folded, no other.
    const meetings = await allMeetings(this.queries, principal, { groupIds: [groupId] });
    const followUps = (await this.queries.execute(
      new ListFollowUpsQuery(principal, { status: 'open', groupIds: [groupId] }),
    )) as FollowUpRow[];
    const escalations = await this.queries.execute(new GroupEscalationsQuery(principal, groupId));
    const model = groupPage({
      group,
      meetings,
      followUps,
      escalations,
      personId: principal.accountId,
      now: this.clock.now(),
      allPast: request.query.tidigare === 'alla',
      problem: shown,
      posted,
    });
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('grupp', {
          title: shown ? `Fel: ${group.name}` : group.name,
          signedIn: signedInHeaderOf(request),
          csrfToken: csrfTokenOfSession(request),
          ...model,
        }),
      );
  }
}

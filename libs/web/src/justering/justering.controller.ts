import { Body, Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import { readCommandHeaders, statusOf } from '#libs/http';
import type { Principal } from '#libs/identity';
import { DeclineJusteringCommand, GetMeetingQuery, JusteraProtocolCommand } from '#libs/meetings';
import type { CommandContext } from '#libs/shared-kernel';
import { justeringPageHref } from '../documents/document-links.js';
import { missingCsrfToken } from '../pages/page-errors.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { hasValidCsrfToken, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { justeringProblem, type JusteringProblem, textChangedSinceRead } from './justering-errors.js';
import { justeringList, justeringPage } from './justering-pages.js';

const DONE: Record<string, string> = {
  justerat: 'Du har justerat protokollet.',
  andring: 'Din begäran om ändring är skickad till sekreteraren.',
};

interface JusteringForm {
  revision: number;
  textHash: string;
  comment: string;
}

/**
 * /justering and /justering/{meetingId}: what waits for my justering, reading the revision and
 * approving it (JusteraProtocolCommand, bound to the hash of the text shown) or asking for a
 * change with a comment (DeclineJusteringCommand): the commands the API's
 * POST …/protocol/justeringar and …/protocol/declines run. A refusal is said in Swedish on the page,
 * next to the comment where it is the comment's; nothing is recorded.
 */
@ApiExcludeController()
@Controller('justering')
@UseFilters(PageExceptionFilter)
export class JusteringController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async list(@Req() request: PageRequest): Promise<string> {
    const list = await justeringList(this.queries, principalOf(request));
    return this.renderer.render('justering', {
      title: 'Justering',
      signedIn: signedInHeaderOf(request),
      ...list,
    });
  }

  @Get(':meetingId')
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Query('klart') done: unknown,
  ): Promise<void> {
    const message = typeof done === 'string' ? (DONE[done] ?? null) : null;
    await this.send(request, response, 200, meetingId, { done: message });
  }

  @Post(':meetingId/justera')
  async approve(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    const form = readForm(body);
    await this.attempt(request, response, meetingId, form, 'justerat', (context) =>
      this.commands.execute(
        new JusteraProtocolCommand(context, meetingId, { revision: form.revision, textHash: form.textHash }),
      ),
    );
  }

  @Post(':meetingId/begar-andring')
  async decline(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    const form = readForm(body);
    await this.attempt(request, response, meetingId, form, 'andring', async (context) => {
      // The decline names a revision, not a text: the page binds it to the text the justerare read
      // as the approval is bound, with the same refusal when the protocol changed underneath.
      const meeting = await this.queries.execute(new GetMeetingQuery(context.principal, meetingId));
      if (meeting.protocol && meeting.protocol.textHash !== form.textHash) {
        throw textChangedSinceRead(form.revision);
      }
      return this.commands.execute(
        new DeclineJusteringCommand(context, meetingId, { revision: form.revision, comment: form.comment }),
      );
    });
  }

  /** Runs the command; on success back to the page (303), on a refusal the page with the reason. */
  private async attempt(
    request: PageRequest,
    response: Response,
    meetingId: string,
    form: JusteringForm,
    done: keyof typeof DONE,
    run: (context: CommandContext) => Promise<unknown>,
  ): Promise<void> {
    const context: CommandContext = {
      principal: principalOf(request),
      ...readCommandHeaders(request.headers),
    };
    try {
      await run(context);
    } catch (error) {
      const problem = error instanceof DomainError ? justeringProblem(error) : undefined;
      if (!problem) throw error;
      return this.send(request, response, statusOf((error as DomainError).kind), meetingId, {
        problem,
        comment: form.comment,
      });
    }
    response.redirect(303, `${justeringPageHref(meetingId)}?klart=${done}`);
  }

  private async send(
    request: PageRequest,
    response: Response,
    status: number,
    meetingId: string,
    state: { done?: string | null; problem?: JusteringProblem; comment?: string },
  ): Promise<void> {
    const page = await justeringPage(this.queries, principalOf(request), meetingId);
    const problem = state.problem ?? null;
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('justera-protokoll', {
          title: page.heading,
          signedIn: signedInHeaderOf(request),
          ...page,
          done: state.done ?? null,
          problem: problem && problem.field === null ? problem.text : null,
          // An error summary above the forms, linking to the field it concerns.
          fieldProblem: problem?.field === 'comment',
          comment: { value: state.comment ?? '', error: problem?.field === 'comment' ? problem.text : null },
        }),
      );
  }
}

function principalOf(request: PageRequest): Principal {
  if (!request.principal) throw new Error('the guard let an anonymous request through');
  return request.principal;
}

/** The posted fields; a missing or broken revision is -1, which the decider refuses as unknown. */
function readForm(body: unknown): JusteringForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
  const revision = text('revision');
  return {
    revision: /^\d{1,6}$/.test(revision) ? Number(revision) : -1,
    textHash: text('textHash'),
    comment: text('comment'),
  };
}

import { Body, Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import { readCommandHeaders, statusOf } from '#libs/http';
import type { Principal } from '#libs/identity';
import {
  AnswerProtocolChangeCommand,
  CORRECTABLE_RECORDS,
  CorrectProtocolCommand,
  type CorrectableRecord,
  GetMeetingQuery,
  JusteraProtocolCommand,
  ProposeProtocolChangeCommand,
  RequestJusteringCommand,
} from '#libs/meetings';
import { Clock, type CommandContext } from '#libs/shared-kernel';
import { justeringPageHref } from '../documents/document-links.js';
import { missingCsrfToken } from '../pages/page-errors.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { hasValidCsrfToken, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import {
  correctionProblem,
  justeringProblem,
  type JusteringProblem,
  textChangedSinceRead,
} from './justering-errors.js';
import { justeringList, justeringPage } from './justering-pages.js';
import { revisionDiffPage } from './revision-diff-page.js';

const DONE: Record<string, string> = {
  justerat: 'Du har justerat protokollet.',
  andring: 'Ditt ändringsförslag är skickat till sekreteraren.',
  begard: 'Justerarna har fått begäran med sista dagen för justering.',
  godtaget: 'Förslaget är godtaget: protokollet har fått en ny revision som justerarna läser igen.',
  avslaget: 'Förslaget är avslaget. Justeraren får ditt svar.',
  rattelse:
    'Rättelsen är gjord: protokollet har fått en ny revision som justerarna justerar på nytt. Den justerade versionen finns kvar bland dokumentens revisioner.',
};

/** Every field the forms post; what a form does not have is ''. */
type JusteringForm = Record<
  | 'revision'
  | 'textHash'
  | 'comment'
  | 'target'
  | 'wording'
  | 'lastDate'
  | 'answer'
  | 'reason'
  | 'text'
  | 'record',
  string
>;

/**
 * /justering and /justering/{meetingId}: what waits for my justering, reading the revision and
 * approving it (JusteraProtocolCommand, bound to the hash of the text shown) or proposing a change
 * to one § (ProposeProtocolChangeCommand); for the secretary, asking for justering by a last date
 * and answering the proposals: the commands the API's POST …/protocol/justeringar, …/proposals,
 * …/justering-request and …/proposal-answers run. A refusal is said in Swedish on the page,
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
    /** The meetings' clock: the last date is passed or not as the commands reckon it. */
    private readonly clock: Clock,
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

  @Get(':meetingId/andringar')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async changes(
    @Req() request: PageRequest,
    @Param('meetingId') meetingId: string,
    @Query('fran') from: unknown,
    @Query('till') to: unknown,
  ): Promise<string> {
    // A revision that is not a number, or does not exist, is the 404 page (the query's not_found).
    const page = await revisionDiffPage(this.queries, principalOf(request), meetingId, {
      from: revisionParameter(from),
      to: revisionParameter(to),
    });
    return this.renderer.render('revision-diff', {
      title: page.heading,
      signedIn: signedInHeaderOf(request),
      ...page,
    });
  }

  @Get(':meetingId')
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Query('klart') done: unknown,
    @Query('rattelse') correction: unknown,
  ): Promise<void> {
    const message = typeof done === 'string' ? (DONE[done] ?? null) : null;
    await this.send(request, response, 200, meetingId, {
      done: message,
      correction: typeof correction === 'string' ? correction : undefined,
    });
  }

  @Post(':meetingId/justera')
  async approve(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.attempt(request, response, meetingId, body, 'justerat', (context, form) =>
      this.commands.execute(
        new JusteraProtocolCommand(context, meetingId, {
          revision: revisionOf(form),
          textHash: form.textHash,
        }),
      ),
    );
  }

  @Post(':meetingId/foresla-andring')
  async propose(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.attempt(request, response, meetingId, body, 'andring', async (context, form) => {
      // The proposal names a revision, not a text: the page binds it to the text the justerare read
      // as the approval is bound, with the same refusal when the protocol changed underneath.
      const meeting = await this.queries.execute(new GetMeetingQuery(context.principal, meetingId));
      if (meeting.protocol && meeting.protocol.textHash !== form.textHash) {
        throw textChangedSinceRead(revisionOf(form));
      }
      const [itemId = '', record] = form.target.split('|');
      return this.commands.execute(
        new ProposeProtocolChangeCommand(context, meetingId, {
          revision: revisionOf(form),
          itemId,
          comment: form.comment,
          ...(isRecord(record) ? { record } : {}),
          ...(form.wording.trim() === '' ? {} : { wording: form.wording }),
        }),
      );
    });
  }

  @Post(':meetingId/begar-justering')
  async requestJustering(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.attempt(request, response, meetingId, body, 'begard', (context, form) =>
      this.commands.execute(new RequestJusteringCommand(context, meetingId, { lastDate: form.lastDate })),
    );
  }

  /** A rättelse of the justerat protocol: one recorded text replaced, with the reason. */
  @Post(':meetingId/rattelse')
  async correct(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
  ): Promise<void> {
    await this.attempt(
      request,
      response,
      meetingId,
      body,
      'rattelse',
      (context, form) =>
        this.commands.execute(
          new CorrectProtocolCommand(context, meetingId, {
            reason: form.reason,
            // A record that is none is refused by the decider, next to the choice.
            corrections: [correctionOf(form)],
          }),
        ),
      { explain: correctionProblem },
    );
  }

  @Post(':meetingId/forslag/:proposalId/svar')
  async answer(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Param('proposalId') proposalId: string,
    @Body() body: unknown,
  ): Promise<void> {
    const accepted = readForm(body).answer === 'accepted';
    await this.attempt(
      request,
      response,
      meetingId,
      body,
      accepted ? 'godtaget' : 'avslaget',
      async (context, form) => {
        const record = form.record;
        return this.commands.execute(
          new AnswerProtocolChangeCommand(context, meetingId, {
            proposalId,
            // Anything but the two buttons' values is refused by the decider as an invalid answer.
            answer: form.answer as 'accepted' | 'rejected',
            reason: form.reason,
            ...(accepted && isRecord(record) && form.text.trim() !== ''
              ? {
                  corrections: [
                    { itemId: await this.itemOf(context, meetingId, proposalId), record, text: form.text },
                  ],
                }
              : {}),
          }),
        );
      },
      { proposalId },
    );
  }

  /** The item a proposal concerns, for the secretary's correction of it. */
  private async itemOf(context: CommandContext, meetingId: string, proposalId: string): Promise<string> {
    const meeting = await this.queries.execute(new GetMeetingQuery(context.principal, meetingId));
    return meeting.proposals.find((proposal) => proposal.proposalId === proposalId)?.itemId ?? '';
  }

  /** Runs the command; on success back to the page (303), on a refusal the page with the reason. */
  private async attempt(
    request: PageRequest,
    response: Response,
    meetingId: string,
    body: unknown,
    done: keyof typeof DONE,
    run: (context: CommandContext, form: JusteringForm) => Promise<unknown>,
    {
      proposalId,
      explain = justeringProblem,
    }: { proposalId?: string; explain?: typeof justeringProblem } = {},
  ): Promise<void> {
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    const form = readForm(body);
    const context: CommandContext = {
      principal: principalOf(request),
      ...readCommandHeaders(request.headers),
    };
    try {
      await run(context, form);
    } catch (error) {
      const problem = error instanceof DomainError ? explain(error) : undefined;
      if (!problem) throw error;
      return this.send(request, response, statusOf((error as DomainError).kind), meetingId, {
        problem:
          proposalId && problem.field === 'reason' ? { ...problem, field: `reason-${proposalId}` } : problem,
        form,
      });
    }
    response.redirect(303, `${justeringPageHref(meetingId)}?klart=${done}`);
  }

  private async send(
    request: PageRequest,
    response: Response,
    status: number,
    meetingId: string,
    state: {
      done?: string | null;
      problem?: JusteringProblem;
      form?: JusteringForm;
      correction?: string;
    },
  ): Promise<void> {
    const form = state.form;
    const page = await justeringPage(this.queries, principalOf(request), meetingId, this.clock.now(), {
      target: form?.target,
      correction: state.correction ?? form?.target,
    });
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
          fieldProblem: problem?.field ? { field: problem.field, text: problem.text } : null,
          comment: fieldState(form?.comment, problem, 'comment'),
          wording: fieldState(form?.wording, problem, 'wording'),
          reason: fieldState(form?.reason, problem, 'reason'),
          correctionText: fieldState(form?.text, problem, 'text'),
          lastDate: fieldState(form?.lastDate, problem, 'lastDate'),
          target: { error: problem?.field === 'target' ? problem.text : null },
          workflow: {
            ...page.workflow,
            proposals: page.workflow.proposals.map((proposal) => ({
              ...proposal,
              reasonError: problem?.field === `reason-${proposal.proposalId}` ? problem.text : null,
            })),
          },
        }),
      );
  }
}

function principalOf(request: PageRequest): Principal {
  if (!request.principal) throw new Error('the guard let an anonymous request through');
  return request.principal;
}

const FIELDS = [
  'revision',
  'textHash',
  'comment',
  'target',
  'wording',
  'lastDate',
  'answer',
  'reason',
  'text',
  'record',
] as const;

/** The posted fields, each a string ('' when missing or not a string). */
function readForm(body: unknown): JusteringForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '');
  return Object.fromEntries(FIELDS.map((name) => [name, text(name)])) as JusteringForm;
}

/** ?fran= / ?till=: absent is the default; anything but a revision number is one that does not exist. */
function revisionParameter(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 0;
}

/** A missing or broken revision is -1, which the decider refuses as unknown. */
const revisionOf = (form: JusteringForm) => (/^\d{1,6}$/.test(form.revision) ? Number(form.revision) : -1);

const isRecord = (value: string | undefined): value is CorrectableRecord =>
  (CORRECTABLE_RECORDS as readonly string[]).includes(value ?? '');

const fieldState = (
  value: string | undefined,
  problem: JusteringProblem | null | undefined,
  field: string,
) => ({
  value: value ?? '',
  error: problem?.field === field ? problem.text : null,
});

/** The rättelse form's one correction: "itemId|record" and the new text. */
function correctionOf(form: JusteringForm) {
  const [itemId = '', record = ''] = form.target.split('|');
  return { itemId, record: record as CorrectableRecord, text: form.text };
}

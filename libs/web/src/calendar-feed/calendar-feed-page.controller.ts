import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { stockholmDateTime } from '#libs/documents';
import { FollowUpCalendarFeeds, type NewCalendarFeed } from '#libs/follow-ups';
import { missingCsrfToken } from '../pages/page-errors.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import {
  csrfTokenOfSession,
  hasValidCsrfToken,
  type PageRequest,
  signedInHeaderOf,
} from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';

const PATH = '/kalenderflode';

/**
 * /kalenderflode: a person's private calendar feeds of their follow-up due dates. Making one
 * shows its address once, on the answer to the form (only its hash is kept); each can be revoked,
 * and then answers 404. Linked from Min sida.
 */
@ApiExcludeController()
@Controller('kalenderflode')
@UseFilters(PageExceptionFilter)
export class CalendarFeedPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly feeds: FollowUpCalendarFeeds,
  ) {}

  @Get()
  async show(@Req() request: PageRequest, @Res() response: Response, @Query('aterkallad') revoked: unknown) {
    await this.send(request, response, 200, {
      done:
        revoked === 'ja'
          ? 'Kalenderlänken är återkallad. Kalendrar som använder den får inga fler uppdateringar.'
          : null,
    });
  }

  @Post()
  async create(@Req() request: PageRequest, @Res() response: Response) {
    const principal = this.principalOf(request);
    const feed = await this.feeds.create(principal);
    await this.send(request, response, 201, { created: feed });
  }

  @Post(':feedId/aterkalla')
  async revoke(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('feedId') feedId: string,
    @Body() _body: unknown,
  ) {
    const principal = this.principalOf(request);
    const revoked = await this.feeds.revoke(principal, feedId);
    if (!revoked) {
      return this.send(request, response, 404, {
        problem: 'Kalenderlänken finns inte bland dina, eller är redan återkallad.',
      });
    }
    response.redirect(303, `${PATH}?aterkallad=ja`);
  }

  private principalOf(request: PageRequest) {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    return principal;
  }

  private async send(
    request: PageRequest,
    response: Response,
    status: number,
    state: { done?: string | null; created?: NewCalendarFeed; problem?: string },
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const feeds = await this.feeds.list(principal);
    const origin = `${request.protocol}://${request.get('host') ?? 'localhost'}`;
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('kalenderflode', {
          title: 'Kalenderflöde',
          signedIn: signedInHeaderOf(request),
          csrfToken: csrfTokenOfSession(request),
          done: state.done ?? null,
          errorSummary: state.problem
            ? { heading: 'Det gick inte', items: [{ href: null, text: state.problem }] }
            : null,
          created: state.created ? { url: `${origin}${state.created.path}` } : null,
          feeds: feeds.map((feed, index) => ({
            number: feeds.length - index,
            created: stockholmDateTime(feed.createdAt),
            lastUsed: feed.lastUsedAt ? stockholmDateTime(feed.lastUsedAt) : 'Aldrig',
            revoked: feed.revokedAt ? stockholmDateTime(feed.revokedAt) : null,
            revokeAction: `${PATH}/${encodeURIComponent(feed.feedId)}/aterkalla`,
            revokeId: `aterkalla-${feeds.length - index}`,
          })),
        }),
      );
  }
}

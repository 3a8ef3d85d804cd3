import { Controller, Get, Header, Req, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { Clock } from '#libs/shared-kernel';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import { myOverview } from './my-overview.js';

/** `/`: Min sida, the start page of everyone signed in. Not public: a visitor goes to sign-in first. */
@ApiExcludeController()
@Controller()
@UseFilters(PageExceptionFilter)
export class MinSidaController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    /** The meetings' clock: "next" meetings and days left are reckoned as the follow-ups reckon them. */
    private readonly clock: Clock,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async show(@Req() request: PageRequest): Promise<string> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const overview = await myOverview(this.queries, principal, this.clock.now());
    return this.renderer.render('min-sida', {
      title: 'Min sida',
      signedIn: signedInHeaderOf(request),
      ...overview,
    });
  }
}

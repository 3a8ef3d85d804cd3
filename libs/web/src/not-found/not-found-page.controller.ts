import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { isPagePath } from '#libs/http';
import { Public } from '#libs/identity';
import { errorPageText } from '../pages/page-errors.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';

/**
 * A page path that no route has (`/nagot-som-inte-finns`) is a 404 page in Swedish inside the
 * layout, for visitors and the signed-in alike; an unknown path under /api (and /health, /metrics)
 * keeps the API's problem+json 404 ROUTE.NOT_FOUND, from the same exception Nest's own fallback
 * throws. A route of its own, so it must be registered after every other GET route: its module
 * (WebNotFoundModule) is imported last for that reason.
 */
@ApiExcludeController()
@Controller()
export class NotFoundPageController {
  constructor(private readonly renderer: PageRenderer) {}

  @Public()
  @Get('*path')
  show(@Req() request: PageRequest, @Res() response: Response): void {
    if (!isPagePath(request.path)) throw new NotFoundException(`Cannot GET ${request.path}`);
    const signedIn = signedInHeaderOf(request);
    const text = errorPageText(404);
    response
      .status(404)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('fel', {
          ...text,
          title: text.heading,
          signedIn,
          link: signedIn
            ? { href: '/', text: 'Till Min sida' }
            : { href: '/logga-in', text: 'Till inloggningen' },
        }),
      );
  }
}

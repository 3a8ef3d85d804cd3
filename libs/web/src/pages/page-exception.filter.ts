import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '#libs/ddd';
import { isConnectionError } from '#libs/event-store';
import { statusOf } from '#libs/http';
import { signInPathFor } from '../security/local-path.js';
import { PageRenderer } from '../views/page-renderer.js';
import { errorPageText } from './page-errors.js';
import { type PageRequest, signedInHeaderOf } from './page-request.js';

/**
 * Errors on the pages become pages, not problem+json: a visitor who is not signed in (or whose
 * session has ended) is sent to the sign-in page and back here afterwards (303); anything else is
 * an error page in Swedish with the same status as the API would answer.
 */
@Catch()
export class PageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('PageErrors');

  constructor(private readonly renderer: PageRenderer) {}

  catch(thrown: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<PageRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (thrown instanceof DomainError && thrown.kind === 'unauthenticated') {
      const back = request.method === 'GET' ? request.originalUrl : '/';
      response.redirect(303, signInPathFor(back));
      return;
    }
    const status = isConnectionError(thrown)
      ? 503
      : thrown instanceof DomainError
        ? statusOf(thrown.kind)
        : thrown instanceof HttpException
          ? thrown.getStatus()
          : 500;
    if (status >= 500) this.logger.error(thrown);
    const signedIn = signedInHeaderOf(request);
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('fel', {
          ...errorPageText(status),
          title: errorPageText(status).heading,
          signedIn,
          link: signedIn
            ? { href: '/', text: 'Till Min sida' }
            : { href: '/logga-in', text: 'Till inloggningen' },
        }),
      );
  }
}

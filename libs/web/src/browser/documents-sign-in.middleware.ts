import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken, RequestAuthenticator } from '#libs/identity';
import { signInPathFor } from '../security/local-path.js';

const DOCUMENT = /^\/api\/meetings\/[^/]+\/documents\//;

/**
 * A document link opened in a browser that is not signed in (or whose session has ended) leads to
 * the sign-in page and back, instead of a 401 JSON body. Only for a browser's navigation (a GET
 * that prefers text/html over JSON, as a browser's Accept does); programs and Bearer tokens get the
 * API's answers as before. A signed-in browser's session is resolved here and again by the guard.
 */
@Injectable()
export class DocumentsSignInMiddleware implements NestMiddleware {
  constructor(private readonly authenticator: RequestAuthenticator) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    if (request.method !== 'GET' || !DOCUMENT.test(request.path)) return next();
    if (request.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (bearerToken(request.headers.authorization) !== undefined) return next();
    try {
      const authentication = await this.authenticator.authenticate(request.headers);
      if (authentication.status === 'authenticated') return next();
      response.redirect(303, signInPathFor(request.originalUrl));
    } catch (error) {
      next(error);
    }
  }
}

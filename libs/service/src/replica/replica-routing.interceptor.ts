import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, concatMap, defer, finalize, from, Observable, switchMap, throwError } from 'rxjs';
import { parseWalPosition, type ReadDecision, ReadRouting, runOn } from '#libs/database';
import { isConnectionError } from '#libs/event-store';
import { PUBLIC_ROUTE, type RequestWithPrincipal } from '#libs/identity';
import { readRequestsCounter, replicaWaitHistogram } from '#libs/observability';

/**
 * The WAL position after a caller's write, in the response; a client that sends it back on its
 * next request reads its write from any API process (the in-process record is per process).
 */
export const READ_AFTER_HEADER = 'Samverkan-Read-After';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * With DATABASE_READ_URL (registered by ApiModule only then): a signed-in caller's GET or HEAD
 * runs on the replica, unless their own last write is not replayed there within REPLICA_WAIT_MS
 * (then the primary serves it); any other request is a write and runs on the primary, and the
 * primary's WAL position after it is noted against the caller. An interceptor, not a middleware:
 * it runs after the guard, so the caller is known, and the guard's session lookup (a session made
 * a moment ago by the sign-in) stays on the primary. Public routes (sign-in, health, calendar
 * feeds, which record their use) stay on the primary.
 */
@Injectable()
export class ReplicaRoutingInterceptor implements NestInterceptor {
  constructor(
    private readonly routing: ReadRouting,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const { principal } = request;
    // The guard sets a principal on a public route too when it can (a signed-in browser fetching
    // its calendar feed, which records the use): such routes are not the caller's reads.
    if (!principal || this.isPublic(context)) return next.handle();
    const caller = `${principal.tenantId}/${principal.accountId}`;
    if (READ_METHODS.has(request.method)) {
      const echoed = parseWalPosition(request.header(READ_AFTER_HEADER));
      return from(this.routing.decide(caller, echoed)).pipe(
        switchMap((decision) => {
          count(decision);
          const handled = inScope(decision.target, () => next.handle());
          if (decision.target === 'primary') return handled;
          // This request fails (503, as any lost connection); the next ones go to the primary.
          return handled.pipe(
            catchError((error: unknown) => {
              if (isConnectionError(error)) this.routing.markDown();
              return throwError(() => error);
            }),
          );
        }),
      );
    }
    const response = context.switchToHttp().getResponse<Response>();
    return defer(() => {
      const write = this.routing.beginWrite(caller);
      return next.handle().pipe(
        concatMap(async (value) => {
          // The write stands either way; without its position this caller may briefly read older data.
          const position = await write.succeeded().catch(() => undefined);
          // A handler that answered by itself (a redirect after a form) has sent its headers.
          if (position && !response.headersSent) response.setHeader(READ_AFTER_HEADER, position);
          return value;
        }),
        finalize(write.ended),
      );
    });
  }

  private isPublic(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    return this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true;
  }
}

/** Subscribes (runs the handler) inside the read scope, so every query it makes goes to target. */
function inScope<T>(target: ReadDecision['target'], handle: () => Observable<T>): Observable<T> {
  return new Observable<T>((subscriber) => runOn(target, () => handle().subscribe(subscriber)));
}

function count({ target, reason, waitedMs }: ReadDecision): void {
  readRequestsCounter().inc({ served_by: target, reason });
  if (waitedMs !== undefined) replicaWaitHistogram().observe({ outcome: reason }, waitedMs / 1000);
}

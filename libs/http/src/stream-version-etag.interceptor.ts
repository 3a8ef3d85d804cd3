import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/**
 * Sets `ETag: "<version>"` on every response whose body carries the stream `version` it was read
 * at or written to, so clients can send it back as If-Match and never overwrite what they did not see.
 */
@Injectable()
export class StreamVersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | null | undefined)?.version;
        if (typeof version === 'number' && !response.headersSent) response.setHeader('ETag', `"${version}"`);
        return body;
      }),
    );
  }
}

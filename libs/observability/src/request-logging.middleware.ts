import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonLogger } from './json-logger.js';

/** Express adds originalUrl (the URL before mounting stripped a prefix); plain node has url. */
type Request = IncomingMessage & { originalUrl?: string };

/**
 * Express middleware: one line per finished request with method, path, status and duration.
 * The query string is left out: it may carry tokens, and paths group better without it.
 *   app.use(requestLogging(logger.child('Http')))
 */
export function requestLogging(logger: Pick<JsonLogger, 'log'>) {
  return (req: Request, res: ServerResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    let logged = false;
    const logOnce = (): void => {
      if (logged) return;
      logged = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log({
        msg: 'request',
        method: req.method,
        path: pathOf(req.originalUrl ?? req.url ?? ''),
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        // 'close' without 'finish': the client went away before the response was sent.
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    };
    res.on('finish', logOnce);
    res.on('close', logOnce);
    next();
  };
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JsonLogger } from './json-logger.js';
import { requestLogging } from './request-logging.middleware.js';

describe('requestLogging', () => {
  function fakeExchange(originalUrl: string) {
    const req = { method: 'POST', url: '/x', originalUrl } as unknown as IncomingMessage;
    const res = Object.assign(new EventEmitter(), { statusCode: 201, writableFinished: true });
    return { req, res };
  }

  it('logs method, path without query, status and duration once the response finishes', () => {
    const lines: string[] = [];
    const logger = new JsonLogger({ context: 'Http', stdout: { write: (line: string) => lines.push(line) } });
    const { req, res } = fakeExchange('/api/meetings/42?token=secret');
    let nextCalls = 0;
    const next = () => void nextCalls++;

    requestLogging(logger)(req, res as unknown as ServerResponse, next);
    expect(nextCalls).toBe(1);
    expect(lines).toHaveLength(0);

    res.emit('finish');
    res.emit('close');

    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({
      context: 'Http',
      msg: 'request',
      method: 'POST',
      path: '/api/meetings/42',
      status: 201,
    });
    expect(entry.durationMs).toEqual(expect.any(Number));
    expect(entry).not.toHaveProperty('aborted');
  });

  it('marks a request whose client went away before the response was sent', () => {
    const lines: string[] = [];
    const logger = new JsonLogger({ stdout: { write: (line: string) => lines.push(line) } });
    const { req, res } = fakeExchange('/slow');
    res.writableFinished = false;

    requestLogging(logger)(req, res as unknown as ServerResponse, () => {});
    res.emit('close');

    expect(JSON.parse(lines[0])).toMatchObject({ path: '/slow', aborted: true });
  });
});

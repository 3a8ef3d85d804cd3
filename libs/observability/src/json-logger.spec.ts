import { JsonLogger, type JsonLoggerOptions } from './json-logger.js';

const NOW = new Date('2026-03-01T09:30:00.000Z');

function collectingLogger(options: JsonLoggerOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const logger = new JsonLogger({
    stdout: { write: (line: string) => out.push(line) },
    stderr: { write: (line: string) => err.push(line) },
    now: () => NOW,
    ...options,
  });
  const parse = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, out, err, stdoutEntries: () => parse(out), stderrEntries: () => parse(err) };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with time, level, context and msg first', () => {
    const { logger, out } = collectingLogger();

    logger.log('Server listening', 'Bootstrap');

    expect(out).toEqual([
      '{"time":"2026-03-01T09:30:00.000Z","level":"info","context":"Bootstrap","msg":"Server listening"}\n',
    ]);
  });

  it('merges object arguments into the line as extra fields', () => {
    const { logger, stdoutEntries } = collectingLogger({ context: 'Projection' });

    logger.log('caught up', { projection: 'protocols', position: 42 });
    logger.log({ msg: 'batch', events: 500 });

    expect(stdoutEntries()).toEqual([
      expect.objectContaining({
        context: 'Projection',
        msg: 'caught up',
        projection: 'protocols',
        position: 42,
      }),
      expect.objectContaining({ context: 'Projection', msg: 'batch', events: 500 }),
    ]);
  });

  it('does not let extra fields overwrite the fixed ones', () => {
    const { logger, stdoutEntries } = collectingLogger();

    logger.log('real', { level: 'fake', time: 'fake' });

    expect(stdoutEntries()[0]).toMatchObject({ level: 'info', time: NOW.toISOString(), msg: 'real' });
  });

  it('sends error and fatal to stderr and the rest to stdout', () => {
    const { logger, stdoutEntries, stderrEntries } = collectingLogger({ level: 'debug' });

    logger.debug('d');
    logger.verbose('v');
    logger.log('i');
    logger.warn('w');
    logger.error('e');
    logger.fatal('f');

    expect(stdoutEntries().map((e) => [e.level, e.msg])).toEqual([
      ['debug', 'd'],
      ['debug', 'v'],
      ['info', 'i'],
      ['warn', 'w'],
    ]);
    expect(stderrEntries().map((e) => [e.level, e.msg])).toEqual([
      ['error', 'e'],
      ['fatal', 'f'],
    ]);
  });

  it('drops lines below its minimum level', () => {
    const { logger, stdoutEntries, stderrEntries } = collectingLogger({ level: 'warn' });

    logger.debug('no');
    logger.log('no');
    logger.warn('yes');
    logger.error('yes');

    expect(stdoutEntries().map((e) => e.level)).toEqual(['warn']);
    expect(stderrEntries().map((e) => e.level)).toEqual(['error']);
    expect(logger.isEnabled('info')).toBe(false);
  });

  it('takes its minimum from the levels Nest enables', () => {
    const { logger, stdoutEntries } = collectingLogger({ level: 'debug' });

    logger.setLogLevels(['log', 'warn', 'error']);
    logger.debug('dropped');
    logger.log('kept');

    expect(stdoutEntries().map((e) => e.msg)).toEqual(['kept']);
  });

  it('logs an Error with its name, message and stack', () => {
    const { logger, stderrEntries } = collectingLogger();
    const failure = Object.assign(new TypeError('boom'), { code: 'E_BOOM' });

    logger.error(failure);
    logger.error('append failed', failure, 'EventStore');

    const [first, second] = stderrEntries();
    expect(first).toMatchObject({ msg: 'boom', err: { name: 'TypeError', message: 'boom', code: 'E_BOOM' } });
    expect((first.err as { stack: string }).stack).toContain('TypeError: boom');
    expect(second).toMatchObject({ context: 'EventStore', msg: 'append failed', err: { name: 'TypeError' } });
  });

  it('logs a failed query without the rows it wrote, and cuts a long text short', () => {
    const { logger, stderrEntries } = collectingLogger();
    const secret = JSON.stringify({ title: 'Rehabilitering av en namngiven medarbetare' });
    const failure = Object.assign(new Error('Connection terminated'), {
      query: `INSERT INTO rm_documents ${'x'.repeat(10_000)}`,
      parameters: ['kallelse', [secret]],
    });

    logger.error(failure);

    const [entry] = stderrEntries();
    const err = entry.err as Record<string, string>;
    expect(err.parameters).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain('namngiven');
    expect(err.query.length).toBeLessThan(4_100);
    expect(err.query).toMatch(/… \(10025 characters\)$/);
  });

  it("keeps Nest's error(message, stack, context) convention", () => {
    const { logger, stderrEntries } = collectingLogger();

    logger.error('Unhandled', 'Error: x\n    at y', 'ExceptionsHandler');

    expect(stderrEntries()[0]).toMatchObject({
      context: 'ExceptionsHandler',
      msg: 'Unhandled',
      stack: 'Error: x\n    at y',
    });
  });

  it('never throws on circular objects, and keeps repeated non-circular ones', () => {
    const { logger, stdoutEntries } = collectingLogger();
    const shared = { id: 1 };
    const loop: Record<string, unknown> = { name: 'loop', shared, again: shared };
    loop.self = loop;

    expect(() => logger.log('circular', { loop })).not.toThrow();
    expect(stdoutEntries()[0].loop).toEqual({
      name: 'loop',
      shared: { id: 1 },
      again: { id: 1 },
      self: '[Circular]',
    });
  });

  it('serializes Errors nested in extra fields, bigints and a throwing getter without throwing', () => {
    const { logger, stdoutEntries } = collectingLogger();
    const hostile = {
      get secret(): string {
        throw new Error('getter exploded');
      },
    };

    logger.log('nested', { cause: new RangeError('inner'), big: 10n });
    expect(() => logger.log('hostile', { hostile })).not.toThrow();

    const [nested, hostileLine] = stdoutEntries();
    expect(nested).toMatchObject({ cause: { name: 'RangeError', message: 'inner' }, big: '10' });
    expect(hostileLine).toMatchObject({ level: 'info', msg: 'Error: getter exploded' });
  });

  it('gives a child the same sinks and level with its own context', () => {
    const { logger, stdoutEntries } = collectingLogger({ level: 'warn', context: 'App' });

    const child = logger.child('Worker');
    child.log('dropped');
    child.warn('kept');

    expect(stdoutEntries()).toEqual([expect.objectContaining({ context: 'Worker', msg: 'kept' })]);
  });
});

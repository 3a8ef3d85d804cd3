import type { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import { safeJson, serializeError } from './safe-json.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
type LineLevel = LogLevel | 'fatal';

/** Where lines go; tests pass a collecting sink instead of process.stdout. */
export interface LineSink {
  write(line: string): unknown;
}

export interface JsonLoggerOptions {
  /** Lines below this level are dropped. Default 'info'. */
  level?: LogLevel;
  /** Context used when a call names none. */
  context?: string;
  stdout?: LineSink;
  /** error and fatal lines go here, so a supervisor can tell them apart. */
  stderr?: LineSink;
  now?: () => Date;
}

const RANK: Record<LineLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, fatal: 50 };

/**
 * Nest LoggerService that writes one JSON object per line:
 *   {"time":"2026-...Z","level":"info","context":"Http","msg":"...", ...extra}
 * Accepts Nest's calling conventions: a trailing string is the context, error(message, stack,
 * context), Error objects anywhere, and plain objects whose fields are merged into the line.
 */
export class JsonLogger implements LoggerService {
  private minimumRank: number;
  private readonly context?: string;
  private readonly stdout: LineSink;
  private readonly stderr: LineSink;
  private readonly now: () => Date;

  constructor(options: JsonLoggerOptions = {}) {
    this.minimumRank = RANK[options.level ?? 'info'];
    this.context = options.context;
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.now = options.now ?? (() => new Date());
  }

  /** Same sinks and level, another default context. */
  child(context: string): JsonLogger {
    const child = new JsonLogger({ context, stdout: this.stdout, stderr: this.stderr, now: this.now });
    child.minimumRank = this.minimumRank;
    return child;
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the enabled levels; the lowest one becomes our minimum. */
  setLogLevels(levels: NestLogLevel[]): void {
    const ranks = levels.map((level) => RANK[fromNestLevel(level)]);
    this.minimumRank = ranks.length > 0 ? Math.min(...ranks) : RANK.fatal;
  }

  isEnabled(level: LogLevel): boolean {
    return RANK[level] >= this.minimumRank;
  }

  private write(level: LineLevel, message: unknown, params: unknown[]): void {
    if (RANK[level] < this.minimumRank) return;
    const sink = RANK[level] >= RANK.error ? this.stderr : this.stdout;
    try {
      sink.write(this.format(level, message, params) + '\n');
    } catch (failure) {
      // Last resort: something in the entry defeated safeJson (a throwing getter, say).
      sink.write(safeJson({ time: this.now().toISOString(), level, msg: String(failure) }) + '\n');
    }
  }

  private format(level: LineLevel, message: unknown, params: unknown[]): string {
    const rest = [...params];
    // Nest's convention: a trailing string argument is the context.
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? rest.pop() : this.context;
    const extra: Record<string, unknown> = {};
    let msg = '';
    if (typeof message === 'string') msg = message;
    else if (message instanceof Error) [msg, extra.err] = [message.message, serializeError(message)];
    else if (isPlainObject(message)) Object.assign(extra, message);
    else msg = String(message);

    for (const param of rest) {
      if (param instanceof Error) extra.err = serializeError(param);
      else if (isPlainObject(param)) Object.assign(extra, param);
      else if (typeof param === 'string')
        extra.stack = param; // error(message, stack, context)
      else if (param !== undefined) extra.detail = param;
    }
    if (msg === '' && typeof extra.msg === 'string') msg = extra.msg;
    // Extra fields never overwrite the fixed ones a log pipeline keys on.
    for (const reserved of ['time', 'level', 'context', 'msg']) delete extra[reserved];
    return safeJson({ time: this.now().toISOString(), level, context, msg, ...extra });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromNestLevel(level: NestLogLevel): LineLevel {
  if (level === 'log') return 'info';
  if (level === 'verbose') return 'debug';
  return level;
}

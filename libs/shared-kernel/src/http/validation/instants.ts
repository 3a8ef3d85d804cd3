import { isValidIsoDate } from '../../domain/index.js';

const WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 date and time with an offset (`2019-02-25T08:30:00+01:00`, `…Z`) as the UTC instant
 * the domain stores (`2019-02-25T07:30:00Z`); undefined when it is not one, including dates that
 * do not exist (2019-02-30) and times without an offset, whose zone we would have to guess.
 */
export function toUtcInstant(value: string): string | undefined {
  const match = WITH_OFFSET.exec(value);
  if (!match || !isValidIsoDate(match[1])) return undefined;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes =
    match[6] === 'Z' ? 0 : (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
  if (Math.abs(offsetMinutes) > 14 * 60 || Number(match[9] ?? 0) > 59) return undefined;
  const [year, month, day] = match[1]!.split('-').map(Number) as [number, number, number];
  const millis = Number((match[5] ?? '0').padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

import { stockholmDate } from '#libs/documents';

const CLOCK_TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;

/**
 * A time of day as a chair types it ("13.05", "9:30") on a meeting's day in Stockholm, as a UTC
 * instant ("2019-03-18T12:05:00Z"); null when it is no time of day. The offset (CET or CEST) is
 * the one in force on that day at that time, found by trying both: the one whose instant is that
 * time in Stockholm is right.
 */
export function stockholmInstant(date: string, clockTime: string): string | null {
  const match = CLOCK_TIME.exec(clockTime.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  for (const offsetHours of [1, 2]) {
    const instant = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(instant.getTime())) return null;
    instant.setUTCHours(hour - offsetHours, minute);
    const parts = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const shown = Number(parts.find((part) => part.type === 'hour')?.value);
    if (shown === hour && stockholmDate(instant) === date) return instant.toISOString().replace('.000Z', 'Z');
  }
  return null;
}

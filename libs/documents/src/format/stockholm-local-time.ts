import { stockholmPartsOf } from './swedish-dates.js';

/**
 * A date and a time of day as a person in Sweden types them into a form (`2019-03-18`, `13:00`),
 * as the UTC instant the commands take, or undefined when either does not exist (2019-02-30,
 * 25:00, or 02:30 on the night the clocks go forward). The offset is Stockholm's on that day,
 * +01:00 in winter and +02:00 in summer, as the Intl time zone data says.
 */
export function stockholmLocalToUtc(date: string, time: string): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!day || !clock) return undefined;
  const [year, month, dayOfMonth, hour, minute] = [...day.slice(1), ...clock.slice(1)].map(Number);
  if (hour > 23 || minute > 59) return undefined;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  const asDate = new Date(wall);
  if (asDate.getUTCDate() !== dayOfMonth || asDate.getUTCMonth() !== month - 1) return undefined;
  // The instant is the wall time less the offset; the offset is the one in force at that instant.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  if (wallTimeOf(instant) !== wall) return undefined;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The Stockholm wall time of an instant, as milliseconds of the same fields read as UTC. */
function wallTimeOf(instant: number): number {
  const { year, month, day, hour, minute } = stockholmPartsOf(new Date(instant));
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
}

const offsetAt = (instant: number) => wallTimeOf(instant) - Math.floor(instant / 60_000) * 60_000;

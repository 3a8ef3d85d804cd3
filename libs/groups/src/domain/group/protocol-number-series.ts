import {
  formatProtocolNumber,
  PROTOCOL_NUMBER_FORMATS,
  type IsoInstant,
  type ProtocolNumber,
} from '#domain/shared-kernel';
import { groupError } from './errors.js';
import type { GroupEvent } from './events.js';
import type { ProtocolNumberSeries } from './number-series.js';
import type { GroupState } from './state.js';

export type { ProtocolNumberSeries } from './number-series.js';

const DEFAULT_SERIES: ProtocolNumberSeries = { firstNumber: 1, format: 'N/YYYY' };

type Data<D> = { groupId: string; at: IsoInstant } & D;

export const seriesOf = (state: GroupState, year: number): ProtocolNumberSeries =>
  state.protocolNumberSeries[year] ?? DEFAULT_SERIES;

/**
 * In number order, not the record's key order: a state read back from jsonb (a snapshot, the read
 * model's row) has its meeting ids in jsonb's key order, and an error listing them must not change.
 */
const numbersGivenIn = (state: GroupState, year: number): ProtocolNumber[] =>
  Object.values(state.protocolNumbers)
    .filter((given) => given.year === year)
    .sort((a, b) => a.number - b.number);

function requireYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999)
    throw groupError.invalidYear(year);
  return year;
}

/**
 * The next number of the year's series: its first number, or one after the highest given. Asked
 * when a meeting closes, so the numbers follow the meetings as they were held and a cancelled
 * meeting takes none.
 */
export function allocateProtocolNumber(
  { data }: { data: Data<{ meetingId: string; year: number }> },
  state: GroupState,
): GroupEvent[] {
  const { groupId, meetingId, at } = data;
  const year = requireYear(data.year);
  const existing = state.protocolNumbers[meetingId];
  if (existing) {
    // Asking again for the same meeting returns nothing new: the number is already in the stream.
    if (existing.year === year) return [];
    throw groupError.meetingAlreadyNumbered(meetingId, existing.number, existing.year);
  }
  const { firstNumber, format } = seriesOf(state, year);
  const highest = Math.max(0, ...numbersGivenIn(state, year).map((given) => given.number));
  const number = Math.max(firstNumber, highest + 1);
  return [{ type: 'ProtocolNumberAllocated', data: { groupId, meetingId, year, number, format, at } }];
}

/**
 * A series changes no number already given: it may start above the highest given that year, and
 * keeps the format those numbers were printed in.
 */
export function setProtocolNumberSeries(
  { data }: { data: Data<ProtocolNumberSeries & { year: number }> },
  state: GroupState,
): GroupEvent[] {
  const { groupId, at } = data;
  const year = requireYear(data.year);
  const { firstNumber, format } = data;
  if (!Number.isInteger(firstNumber) || firstNumber < 1 || firstNumber > 9999)
    throw groupError.invalidFirstProtocolNumber(firstNumber);
  if (!PROTOCOL_NUMBER_FORMATS.includes(format)) throw groupError.invalidProtocolNumberFormat(format);
  const current = seriesOf(state, year);
  if (current.firstNumber === firstNumber && current.format === format) return [];

  const given = numbersGivenIn(state, year);
  const printed = given.map(formatProtocolNumber);
  const highest = Math.max(0, ...given.map((number) => number.number));
  if (given.length > 0 && firstNumber <= highest)
    throw groupError.protocolNumberSeriesCollides(year, `${firstNumber} is not above ${highest}`, printed);
  if (given.some((number) => (number.format ?? 'N/YYYY') !== format))
    throw groupError.protocolNumberSeriesCollides(
      year,
      `the numbers given are written ${current.format}`,
      printed,
    );
  return [{ type: 'ProtocolNumberSeriesSet', data: { groupId, year, firstNumber, format, at } }];
}

import type { ProtocolNumberFormat } from '#domain/shared-kernel';

/**
 * Where a group's numbers of one year start, and how they are written. On its own so that the
 * state and the events can name it without importing the rules that use them.
 */
export interface ProtocolNumberSeries {
  firstNumber: number;
  format: ProtocolNumberFormat;
}

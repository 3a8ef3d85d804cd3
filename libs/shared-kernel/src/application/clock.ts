import { Injectable } from '@nestjs/common';

/**
 * Where handlers get the time they put on commands (`at`). Deciders never read a clock; tests
 * provide a fixed or settable one instead of this class.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** The instant as the domain takes it: UTC, ISO 8601, ending in Z. */
export const instantNow = (clock: Clock): string => clock.now().toISOString();

/**
 * Where the identity services get the time. Session expiry is decided against it, so tests move
 * time forward instead of sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** DI token for the Clock the identity services use (systemClock unless a test provides one). */
export const IDENTITY_CLOCK = Symbol('IDENTITY_CLOCK');

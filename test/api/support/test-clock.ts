import { Clock } from '#libs/shared-kernel';

/** A clock the test moves: meetings of 2019 are recorded "at the time" they happened. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: string) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string): void {
    this.current = new Date(instant);
  }
}

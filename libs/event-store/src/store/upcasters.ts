import type { StoredEvent } from './types.js';

/** Turns the data of one event type from schema version `from` into version `from + 1`. */
export interface Upcaster {
  eventType: string;
  fromVersion: number;
  upcast: (data: unknown) => unknown;
}

/**
 * Upcasting on read: old events stay in the log as written, and every reader sees them in the
 * newest shape. Chains run step by step (v1 → v2 → v3), so each change ships one small function.
 */
export class UpcasterChain {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) this.register(upcaster);
  }

  register(upcaster: Upcaster): void {
    const key = `${upcaster.eventType}@${upcaster.fromVersion}`;
    if (this.steps.has(key)) throw new Error(`two upcasters for ${key}`);
    this.steps.set(key, upcaster);
  }

  apply<E extends StoredEvent>(event: E): E {
    let { data, schemaVersion } = event;
    for (let step = this.steps.get(`${event.type}@${schemaVersion}`); step;) {
      data = step.upcast(data);
      schemaVersion += 1;
      step = this.steps.get(`${event.type}@${schemaVersion}`);
    }
    return schemaVersion === event.schemaVersion ? event : { ...event, data, schemaVersion };
  }
}

import { Injectable } from '@nestjs/common';
import type { Projection } from '../projections/projection.js';

/**
 * Feature modules register their projections here (in a provider's constructor or onModuleInit);
 * the worker runs them and the rebuild command finds them by name.
 */
@Injectable()
export class ProjectionRegistry {
  private readonly byName = new Map<string, Projection>();

  register(projection: Projection): void {
    if (this.byName.has(projection.name)) throw new Error(`projection ${projection.name} registered twice`);
    this.byName.set(projection.name, projection);
  }

  all(): Projection[] {
    return [...this.byName.values()];
  }

  get(name: string): Projection | undefined {
    return this.byName.get(name);
  }
}

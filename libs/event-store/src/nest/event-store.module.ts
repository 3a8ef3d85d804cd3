import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { CommandLoop } from '../commands/command-loop.js';
import { StreamReader } from '../commands/stream-reader.js';
import { PgEventStore } from '../store/pg-event-store.js';
import { type Upcaster, UpcasterChain } from '../store/upcasters.js';
import { ProjectionRegistry } from './projection-registry.js';
import { DATABASE_URL, EVENT_STORE_POOL } from './tokens.js';

export interface EventStoreModuleOptions {
  url: string;
  /** The raw pg pool appends go through; it must handle idle-client errors (see createPgPool). */
  createPool: () => pg.Pool;
  upcasters?: Upcaster[];
}

@Injectable()
class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE_POOL) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    // Once: a stop signal during a failing command (a rebuild Ctrl-C'd) closed the app twice, and
    // pg-pool throws "Called end on pool more than once".
    if (!this.pool.ending) await this.pool.end();
  }
}

/** The store, its command loop and reader, and the projection registry, shared by the API and the worker. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: DATABASE_URL, useValue: options.url },
        { provide: EVENT_STORE_POOL, useFactory: options.createPool },
        {
          provide: PgEventStore,
          useFactory: (pool: pg.Pool) => new PgEventStore(pool, new UpcasterChain(options.upcasters)),
          inject: [EVENT_STORE_POOL],
        },
        {
          provide: CommandLoop,
          useFactory: (store: PgEventStore) => new CommandLoop(store),
          inject: [PgEventStore],
        },
        {
          provide: StreamReader,
          useFactory: (store: PgEventStore) => new StreamReader(store),
          inject: [PgEventStore],
        },
        ProjectionRegistry,
        PoolCloser,
      ],
      exports: [DATABASE_URL, EVENT_STORE_POOL, PgEventStore, CommandLoop, StreamReader, ProjectionRegistry],
    };
  }
}

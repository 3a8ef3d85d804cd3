import { type DynamicModule, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { type AppConfig, ConfigModule } from '#libs/config';
import { appLogin, createPgPool, migrateDatabase, ReadRouting, TypeOrmLogger } from '#libs/database';
import { EventStoreModule } from '#libs/event-store';

export interface CoreSettings {
  config: AppConfig;
  /** The configured (admin) URL: migrations use it; the pools log in as the app role (appLogin). */
  databaseUrl: string;
}

/**
 * What every process needs: validated config, TypeORM (migrations run at start, never
 * `synchronize`) and the event store. The API, the worker and the rebuild command all start here.
 */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl }: CoreSettings): DynamicModule {
    const login = appLogin(databaseUrl, config);
    // With DATABASE_READ_URL both pools send a request's reads to the replica when the API's
    // ReplicaRoutingInterceptor says so; without it, and in the worker, everything is the primary's.
    const routing = new ReadRouting({
      appUrl: login.url,
      readUrl: config.databaseReadUrl,
      poolSize: config.dbPoolSize,
      waitMs: config.replicaWaitMs,
    });
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            // With the admin URL, under the lock: runProcess has already migrated, so this finds
            // nothing to do there; it keeps a Nest app built straight from CoreModule (the API
            // tests) migrated as well. Then it sets the app role's password and checks the login,
            // before any pool connects. The pools never run migrations: they cannot.
            await migrateDatabase(databaseUrl, new Logger('Migrations'), { appLogin: login });
            return {
              type: 'postgres' as const,
              url: login.url,
              applicationName: 'samverkan',
              synchronize: false,
              migrationsRun: false,
              autoLoadEntities: true,
              extra: { max: config.dbPoolSize },
              retryAttempts: 3,
              // TypeORM prints its messages to the console even with logging off; keep them JSON.
              logger: new TypeOrmLogger(),
            };
          },
          // Nest's default, with the reads routed (Nest initializes it, with its retries).
          dataSourceFactory: async (options?: DataSourceOptions) =>
            routing.routeDataSource(new DataSource(options!)),
        }),
        // Pools connect lazily, first after TypeORM's factory above has prepared the login.
        EventStoreModule.forRoot({
          url: login.url,
          createPool: () => routing.routePool(createPgPool(login.url, config.dbPoolSize)),
        }),
      ],
      providers: [{ provide: ReadRouting, useFactory: () => routing }, ReadRoutingCloser],
      exports: [ReadRouting],
    };
  }
}

@Injectable()
class ReadRoutingCloser implements OnApplicationShutdown {
  constructor(private readonly routing: ReadRouting) {}

  async onApplicationShutdown(): Promise<void> {
    await this.routing.end();
  }
}

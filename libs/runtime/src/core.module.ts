import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AppConfig, ConfigModule } from '#libs/config';
import { ALL_MIGRATIONS, createPgPool, TypeOrmLogger } from '#libs/database';
import { EventStoreModule } from '#libs/event-store';

export interface CoreSettings {
  config: AppConfig;
  databaseUrl: string;
}

/**
 * What every process needs: validated config, TypeORM (migrations run at start, never
 * `synchronize`) and the event store. The API, the worker and the rebuild command all start here.
 */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl }: CoreSettings): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          applicationName: 'samverkan',
          synchronize: false,
          // runProcess has already migrated under a lock, so this finds nothing to do there; it
          // keeps a Nest app built straight from CoreModule (the API tests) migrated as well.
          migrationsRun: true,
          migrations: ALL_MIGRATIONS,
          migrationsTableName: 'schema_migrations',
          migrationsTransactionMode: 'each',
          autoLoadEntities: true,
          extra: { max: config.dbPoolSize },
          retryAttempts: 3,
          // TypeORM prints migration messages to the console even with logging off; keep them JSON.
          logger: new TypeOrmLogger(),
        }),
        EventStoreModule.forRoot({
          url: databaseUrl,
          createPool: () => createPgPool(databaseUrl, config.dbPoolSize),
        }),
      ],
    };
  }
}

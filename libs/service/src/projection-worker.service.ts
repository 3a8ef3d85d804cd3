import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import {
  DATABASE_URL,
  PgEventStore,
  ProjectionLeases,
  ProjectionRegistry,
  ProjectionRunner,
} from '#libs/event-store';

/**
 * Runs every registered projection in this process. Each runner only works while it holds its
 * projection's lease, so several workers can run side by side: one applies, the others stand by.
 * On shutdown each runner finishes (commits) the batch in flight before the pools close.
 */
@Injectable()
export class ProjectionWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ProjectionWorker');
  private runners: ProjectionRunner[] = [];
  private leases?: ProjectionLeases;

  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly dataSource: DataSource,
    private readonly store: PgEventStore,
    private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.leases = new ProjectionLeases(this.databaseUrl);
    await this.leases.open();
    const options = {
      batchSize: this.config.projectionBatchSize,
      pollMs: this.config.projectionPollMs,
      gatherMs: this.config.projectionGatherMs,
    };
    this.runners = this.registry
      .all()
      .map(
        (projection) =>
          new ProjectionRunner(projection, this.dataSource, this.store, this.leases!, options, this.logger),
      );
    for (const runner of this.runners) {
      await runner.prepare();
      runner.start();
    }
    this.logger.log(
      `running ${this.runners.length} projection(s): ${this.runners.map((r) => r.projection.name).join(', ')}`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.leases?.close();
    this.logger.log('projections drained');
  }

  /** Last error per projection, for /health. */
  errors(): Record<string, string> {
    return Object.fromEntries(
      this.runners.filter((r) => r.lastError).map((r) => [r.projection.name, r.lastError!]),
    );
  }
}

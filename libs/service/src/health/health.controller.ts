import { Controller, Get, Header, HttpStatus, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { readProjectionStatus } from '#libs/event-store';
import { Public } from '#libs/identity';
import { ProjectionWorker } from '../../../worker/src/projection-worker.service.js';
import { renderMetrics } from './prometheus-text.js';

/**
 * /health for load balancers and people (200 when the database answers, 503 when not, with each
 * projection's lag), /metrics for Prometheus. Both read lag from the database, so an API process
 * reports it correctly even when the worker runs elsewhere.
 */
/** Open to load balancers and Prometheus: no account needed, nothing confidential shown. */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    /** Present when the worker runs in this process: its runners' last errors show here. */
    @Optional() private readonly worker?: ProjectionWorker,
  ) {}

  @Get('health')
  async health(@Res() response: Response): Promise<void> {
    try {
      const errors = this.worker?.errors() ?? {};
      const projections = (await readProjectionStatus(this.dataSource.manager)).map((status) =>
        errors[status.projection] ? { ...status, error: errors[status.projection] } : status,
      );
      // Still 200 when a projection is failing: the API serves; the status word tells operators.
      const status = Object.keys(errors).length > 0 ? 'degraded' : 'ok';
      response.status(HttpStatus.OK).json({ status, database: 'up', projections });
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        database: 'down',
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    const projections = await readProjectionStatus(this.dataSource.manager);
    const rows: { head: string }[] = await this.dataSource.query(
      'SELECT coalesce(max(global_position), 0) AS head FROM es_events',
    );
    return renderMetrics(projections, Number(rows[0].head), process);
  }
}

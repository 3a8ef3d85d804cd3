import { Controller, Get, Header, Headers, HttpStatus, Optional, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { embeddedServerHealth, ReadRouting } from '#libs/database';
import { PgEventStore, readProjectionStatus } from '#libs/event-store';
import { ApiProblems, ROUTE_ERROR } from '#libs/http';
import { AUTH_ERROR, Public } from '#libs/identity';
import { outboxStatus } from '#libs/mail';
import { ProjectionWorker } from '../projection-worker.service.js';
import { assertMayReadMetrics } from './metrics-access.js';
import { renderMetrics } from './prometheus-text.js';

/**
 * /health for load balancers and people (200 when the database answers, 503 when not, with each
 * projection's lag), /metrics for Prometheus. Both read lag from the database, so an API process
 * reports it correctly even when the worker runs elsewhere.
 */
/** No account needed: /health is open to load balancers, /metrics to whoever has METRICS_TOKEN. */
@Public()
@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PgEventStore,
    private readonly config: AppConfig,
    private readonly readRouting: ReadRouting,
    /** Present when the worker runs in this process: its runners' last errors show here. */
    @Optional() private readonly worker?: ProjectionWorker,
  ) {}

  @Get('health')
  @ApiOperation({
    operationId: 'getHealth',
    summary: "The database and each projection's lag (for people; probes use /health/live and /health/ready)",
  })
  @ApiResponse({
    status: 200,
    description:
      'The API serves: status ok, or degraded when a projection fails or is halted at an event (its `halted` names the event and the error)',
    content: { 'application/json': { schema: healthSchema(['ok', 'degraded'], 'up') } },
  })
  // Not problem+json: load balancers read the same shape in both answers.
  @ApiResponse({
    status: 503,
    description: 'The database does not answer',
    content: { 'application/json': { schema: healthSchema(['unavailable'], 'down') } },
  })
  async health(@Res() response: Response): Promise<void> {
    // Only a process that runs the embedded server says how it fares (up, down, restarted when).
    const embedded = embeddedServerHealth();
    const embeddedPostgres = embedded ? { embeddedPostgres: embedded } : {};
    try {
      if (embedded?.status === 'down')
        throw new Error('the embedded PostgreSQL is down; it is being restarted');
      const errors = this.worker?.errors() ?? {};
      const projections = (await readProjectionStatus(this.dataSource.manager)).map((status) =>
        errors[status.projection] ? { ...status, error: errors[status.projection] } : status,
      );
      // Still 200 when a projection is failing or halted: the API serves; the status word tells
      // operators, and the projection's entry says where it halted and why.
      const failing = Object.keys(errors).length > 0 || projections.some((p) => p.halted !== null);
      const status = failing ? 'degraded' : 'ok';
      const mail = await outboxStatus(this.dataSource.manager, this.config.smtpHost !== undefined);
      response.status(HttpStatus.OK).json({ status, database: 'up', ...embeddedPostgres, projections, mail });
    } catch (error) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'unavailable',
        database: 'down',
        ...embeddedPostgres,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  @Get('health/live')
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Liveness: the process answers (no database asked); restart it when this fails',
  })
  @ApiResponse({ status: 200, content: { 'application/json': { schema: probeSchema(['alive']) } } })
  live(): { status: 'alive' } {
    return { status: 'alive' };
  }

  @Get('health/ready')
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: the database answers, so requests can be served; send traffic only while 200',
    description:
      'A lagging or halted projection does not make the service unready: see /health for those. ' +
      'With DATABASE_READ_URL, `replica` says how far the read replica is behind; a replica that is ' +
      'down or behind does not make the service unready either (a caller it cannot serve their own ' +
      'write reads from the primary).',
  })
  @ApiResponse({ status: 200, content: { 'application/json': { schema: readySchema() } } })
  @ApiResponse({ status: 503, content: { 'application/json': { schema: probeSchema(['unavailable']) } } })
  async ready(@Res() response: Response): Promise<void> {
    try {
      if (embeddedServerHealth()?.status === 'down') throw new Error('the embedded PostgreSQL is down');
      await this.dataSource.query('SELECT 1');
      const replica = await this.readRouting.status();
      response.status(HttpStatus.OK).json({ status: 'ready', ...(replica ? { replica } : {}) });
    } catch (error) {
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .json({ status: 'unavailable', error: error instanceof Error ? error.message : String(error) });
    }
  }

  @Get('metrics')
  @ApiOperation({
    operationId: 'getMetrics',
    summary: 'Prometheus metrics: projection lag, log head, HTTP requests, the process and its runtime',
    description:
      'Needs `Authorization: Bearer <METRICS_TOKEN>`; answers 404 when the service has no METRICS_TOKEN.',
  })
  @ApiProduces('text/plain')
  @ApiResponse({ status: 200, content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiProblems({ 401: [AUTH_ERROR.UNAUTHENTICATED], 404: [ROUTE_ERROR.NOT_FOUND] })
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(@Headers('authorization') authorization?: string): Promise<string> {
    assertMayReadMetrics(this.config.metricsToken, authorization);
    const projections = await readProjectionStatus(this.dataSource.manager);
    return renderMetrics(projections, await this.store.logHead());
  }
}

/** The body of the liveness and readiness probes, for the OpenAPI document. */
function probeSchema(statuses: string[]) {
  return {
    type: 'object' as const,
    required: ['status'],
    properties: { status: { type: 'string' as const, enum: statuses }, error: { type: 'string' as const } },
  };
}

/** The readiness body, with the read replica's state when there is one. */
function readySchema() {
  const schema = probeSchema(['ready']);
  const replica = {
    type: 'object' as const,
    description:
      'Only with DATABASE_READ_URL: the read replica, and how far its replay is behind the primary',
    required: ['status'],
    properties: {
      status: { type: 'string' as const, enum: ['up', 'down'] },
      lagBytes: { type: 'integer' as const },
      replayDelaySeconds: { type: 'number' as const, nullable: true },
      paused: { type: 'boolean' as const },
      error: { type: 'string' as const },
    },
  };
  return { ...schema, properties: { ...schema.properties, replica } };
}

/** The body of /health, for the OpenAPI document. */
function healthSchema(statuses: string[], database: 'up' | 'down') {
  return {
    type: 'object' as const,
    required: ['status', 'database'],
    properties: {
      status: { type: 'string' as const, enum: statuses },
      database: { type: 'string' as const, enum: [database] },
      embeddedPostgres: {
        type: 'object' as const,
        description:
          'Only when this process runs the embedded PostgreSQL: its watchdog restarts it when it dies',
        required: ['status', 'pid', 'restarts', 'lastRestartAt'],
        properties: {
          status: { type: 'string' as const, enum: ['up', 'down'] },
          pid: { type: 'integer' as const },
          restarts: { type: 'integer' as const },
          lastRestartAt: { type: 'string' as const, format: 'date-time', nullable: true },
        },
      },
      projections: { type: 'array' as const, items: { type: 'object' as const, additionalProperties: true } },
      mail: {
        type: 'object' as const,
        description:
          'The e-mail outbox: sending is false while SMTP_HOST is unset (messages wait as pending); ' +
          'an old oldestPendingAt means the SMTP server has been away since',
        required: ['sending', 'pending', 'oldestPendingAt', 'failed'],
        properties: {
          sending: { type: 'boolean' as const },
          pending: { type: 'integer' as const },
          oldestPendingAt: { type: 'string' as const, format: 'date-time', nullable: true },
          failed: { type: 'integer' as const },
        },
      },
      error: { type: 'string' as const },
    },
  };
}

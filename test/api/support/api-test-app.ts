import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppConfig } from '#libs/config';
import { FollowUpsHttpModule } from '#libs/follow-ups';
import { GroupsHttpModule } from '#libs/groups';
import { configureHttp, setupOpenApi } from '#libs/http';
import type { Principal } from '#libs/identity';
import { InvitationsHttpModule } from '#libs/invitations';
import { MeetingDocumentsHttpModule } from '#libs/meeting-documents';
import { MeetingsHttpModule } from '#libs/meetings';
import { CoreModule } from '#libs/runtime';
import { Clock } from '#libs/shared-kernel';
import { createTestDatabase } from '#libs/testing';
import { TestClock } from './test-clock.js';
import { TestPortsModule } from './test-ports.module.js';
import { principalHeader, TestPrincipalGuard } from './test-principal.guard.js';

/**
 * The API as apps/api builds it (CoreModule on a database of its own with every migration, CQRS,
 * the meetings HTTP module, configureHttp, the OpenAPI document), with the test principal guard
 * in place of identity's and a clock the test sets.
 */
export async function startApiTestApp() {
  const database = await createTestDatabase();
  const config = Object.assign(new AppConfig(), { workerInProcess: false, dbPoolSize: 5, logLevel: 'warn' });
  const clock = new TestClock('2019-01-02T08:00:00Z');
  const moduleRef = await Test.createTestingModule({
    imports: [
      CoreModule.forRoot({ config, databaseUrl: database.url }),
      CqrsModule.forRoot(),
      TestPortsModule,
      GroupsHttpModule,
      FollowUpsHttpModule,
      MeetingsHttpModule,
      MeetingDocumentsHttpModule,
      InvitationsHttpModule,
    ],
    providers: [{ provide: APP_GUARD, useClass: TestPrincipalGuard }],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  setupOpenApi(app);
  await app.init();
  const server = app.getHttpServer();

  /** Requests as one principal: `as(chair).post('/api/…').send(body)`. */
  const as = (principal: Principal) => {
    const withPrincipal = (test: request.Test) => test.set('X-Test-Principal', principalHeader(principal));
    return {
      get: (path: string) => withPrincipal(request(server).get(path)),
      post: (path: string) => withPrincipal(request(server).post(path)),
      put: (path: string) => withPrincipal(request(server).put(path)),
      delete: (path: string) => withPrincipal(request(server).delete(path)),
    };
  };

  return {
    app,
    clock,
    as,
    anonymous: () => request(server),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export type ApiTestApp = Awaited<ReturnType<typeof startApiTestApp>>;

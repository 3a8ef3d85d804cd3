import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppConfig } from '#libs/config';
import { configureHttp, setupOpenApi } from '#libs/http';
import { ApiModule } from '#libs/service';

/**
 * The whole service's API (ApiModule, its HTTP edge and OpenAPI document) on a test database, with
 * its real sign-in and no worker: what main.ts builds, for the tests that need real accounts.
 */
export async function startWholeApiApp(
  databaseUrl: string,
  settings: Partial<AppConfig> = {},
): Promise<NestExpressApplication> {
  const config = Object.assign(new AppConfig(), {
    workerInProcess: false,
    dbPoolSize: 4,
    logLevel: 'warn',
    ...settings,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, databaseUrl })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app);
  setupOpenApi(app);
  await app.init();
  return app;
}

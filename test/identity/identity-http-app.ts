import {
  Controller,
  type DynamicModule,
  Get,
  type INestApplication,
  Module,
  ValidationPipe,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { configureHttp, type HttpEdgeOptions, ProblemDetailsFilter } from '#libs/http';
import {
  AuthGuard,
  CurrentPrincipal,
  IdentityModule,
  type IdentityModuleOptions,
  type Principal,
  Public,
  RequireOrganisationRole,
} from '#libs/identity';
import type { FakeClock } from './identity-fixture.js';

/** Routes that exist only to probe the guard's decisions. */
@Controller('probe')
class ProbeController {
  @Public()
  @Get('open')
  open(): { open: true } {
    return { open: true };
  }

  @Get('signed-in')
  signedIn(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @RequireOrganisationRole('admin')
  @Get('admin')
  admin(): { admin: true } {
    return { admin: true };
  }

  @RequireOrganisationRole('admin', 'hr')
  @Get('admin-or-hr')
  adminOrHr(): { ok: true } {
    return { ok: true };
  }
}

/** Stands in for CoreModule's TypeORM: the test's migrated DataSource, provided globally. */
@Module({})
class TestDataSourceModule {
  static of(dataSource: DataSource): DynamicModule {
    return {
      module: TestDataSourceModule,
      global: true,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}

/** The identity module wired the way apps/api is meant to wire it: global guard, strict validation. */
export async function startIdentityApp(
  dataSource: DataSource,
  clock: FakeClock,
  options: Omit<IdentityModuleOptions, 'clock'> = {},
  /** The service's whole HTTP edge (configureHttp) with these options, instead of pipes and filter alone. */
  edge?: HttpEdgeOptions,
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [TestDataSourceModule.of(dataSource), IdentityModule.forRoot({ ...options, clock })],
    controllers: [ProbeController],
    providers: [{ provide: APP_GUARD, useExisting: AuthGuard }],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  if (edge) {
    configureHttp(app, edge);
  } else {
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
    // Identity raises kernel DomainErrors; the service's one filter answers them, as in the API.
    app.useGlobalFilters(new ProblemDetailsFilter());
  }
  await app.init();
  return app;
}

/** The `name=value` part of a Set-Cookie header, ready for a Cookie request header. */
export function cookieFrom(setCookie: string[] | string | undefined): string {
  const header = [setCookie ?? []].flat().find((line) => line.startsWith('svk_session='));
  if (!header) throw new Error(`no svk_session cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0];
}

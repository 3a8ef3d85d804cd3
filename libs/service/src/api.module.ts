import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FollowUpsHttpModule } from '#libs/follow-ups';
import { EmploymentHttpModule, GroupsHttpModule } from '#libs/groups';
import { AuthGuard, IdentityModule } from '#libs/identity';
import { InvitationsHttpModule } from '#libs/invitations';
import { MeetingDocumentsHttpModule } from '#libs/meeting-documents';
import { MeetingsHttpModule } from '#libs/meetings';
import { CoreModule, type CoreSettings } from '#libs/runtime';
import { WebModule } from '#libs/web';
import { HealthController } from './health/health.controller.js';
import { ContextPortsModule } from './ports/context-ports.module.js';
import { ReplicaRoutingInterceptor } from './replica/replica-routing.interceptor.js';
import { WorkerModule } from './worker.module.js';

/**
 * The HTTP process. With WORKER_IN_PROCESS=true (the default) it also runs the projections, so
 * one `npm start` is a whole service; a larger site runs API processes with it false plus one
 * `npm run start:worker`.
 * Every route needs a signed-in principal (session cookie or API token) unless marked @Public():
 * identity's guard is global, so a new controller cannot forget it.
 */
@Module({})
export class ApiModule {
  static forRoot(settings: CoreSettings): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(settings),
        CqrsModule.forRoot(),
        IdentityModule.fromEnvironment(),
        ContextPortsModule,
        GroupsHttpModule,
        EmploymentHttpModule,
        FollowUpsHttpModule,
        MeetingsHttpModule,
        MeetingDocumentsHttpModule,
        InvitationsHttpModule,
        WebModule,
        ...(settings.config.workerInProcess ? [WorkerModule] : []),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: AuthGuard },
        ...(settings.config.databaseReadUrl
          ? [{ provide: APP_INTERCEPTOR, useClass: ReplicaRoutingInterceptor }]
          : []),
      ],
    };
  }
}

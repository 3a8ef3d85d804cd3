import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { FollowUpsHttpModule } from '#libs/follow-ups';
import { GroupsHttpModule } from '#libs/groups';
import { MeetingDocumentsHttpModule } from '#libs/meeting-documents';
import { SharedKernelModule } from '#libs/shared-kernel';
import { StaticAssetsController } from './assets/static-assets.controller.js';
import { DocumentsSignInMiddleware } from './browser/documents-sign-in.middleware.js';
import { MinSidaController } from './min-sida/min-sida.controller.js';
import { PageExceptionFilter } from './pages/page-exception.filter.js';
import { OidcSignInController } from './sign-in/oidc-sign-in.controller.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { GroupPageController } from './group/group-page.controller.js';
import { PrepareMeetingController } from './prepare-meeting/prepare-meeting.controller.js';
import { PageRendererModule } from './views/page-renderer.module.js';
import { DocumentsPageController } from './documents/documents.controller.js';
import { EmployeesPageController } from './employees/employees.controller.js';
import { FollowUpsPageController } from './follow-ups/follow-ups.controller.js';
import { FollowUpOverviewPageController } from './follow-up-overview/overview-page.controller.js';
import { CalendarFeedPageController } from './calendar-feed/calendar-feed-page.controller.js';
import { JusteringController } from './justering/justering.controller.js';
import { WebNotFoundModule } from './not-found/web-not-found.module.js';
import { PasswordController } from './password/password.controller.js';
import { UnderMotetController } from './run-meeting/under-motet.controller.js';
import { GroupsListController } from './group/groups-list.controller.js';
import { AdministrationController } from './administration/administration.controller.js';
import { OrganisationAdminController } from './administration/organisation-admin.controller.js';
import { GroupsAdminController } from './administration/groups-admin.controller.js';
import { AccountsAdminController } from './administration/accounts-admin.controller.js';
import { VerificationPageController } from './verification/verification-page.controller.js';

/**
 * The web pages: server-rendered Handlebars in Swedish on Designsystemet's CSS, signing in and out,
 * Min sida, the groups, Administration (admins), the static files they load. Pages call the same query handlers and identity use cases
 * as the API. Needs identity's module (global) and the CQRS bus with the contexts' handlers.
 */
@Module({
  // WebNotFoundModule's catch-all 404 page must come after every page route: see that module.
  // FollowUpsHttpModule for the calendar feeds the Kalenderflöde page makes and revokes.
  // MeetingDocumentsHttpModule for the verification of copies that /verifiera shares with the API.
  imports: [
    SharedKernelModule,
    GroupsHttpModule,
    FollowUpsHttpModule,
    MeetingDocumentsHttpModule,
    PageRendererModule,
    WebNotFoundModule,
  ],
  controllers: [
    StaticAssetsController,
    SignInController,
    OidcSignInController,
    VerificationPageController,
    MinSidaController,
    DocumentsPageController,
    JusteringController,
    FollowUpsPageController,
    FollowUpOverviewPageController,
    CalendarFeedPageController,
    EmployeesPageController,
    PasswordController,
    UnderMotetController,
    GroupPageController,
    PrepareMeetingController,
    GroupsListController,
    AdministrationController,
    OrganisationAdminController,
    GroupsAdminController,
    AccountsAdminController,
  ],
  providers: [PageExceptionFilter, DocumentsSignInMiddleware],
  exports: [PageRendererModule],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(DocumentsSignInMiddleware)
      .forRoutes({ path: 'api/meetings/*path', method: RequestMethod.GET });
  }
}

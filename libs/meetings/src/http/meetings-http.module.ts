import { Module } from '@nestjs/common';
import { DocumentRenderer } from '#libs/documents';
import { MEETINGS_APPLICATION_PROVIDERS } from '../application/index.js';
import { FollowUpsController } from './controllers/follow-ups.controller.js';
import { GroupsController } from './controllers/groups.controller.js';
import { MeetingDocumentsController } from './controllers/meeting-documents.controller.js';
import { MeetingItemsController } from './controllers/meeting-items.controller.js';
import { MeetingPreparationController } from './controllers/meeting-preparation.controller.js';
import { MeetingProtocolController } from './controllers/meeting-protocol.controller.js';
import { MeetingsController } from './controllers/meetings.controller.js';
import { OrganisationController } from './controllers/organisation.controller.js';

/**
 * The meetings context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot()
 * (the buses), EventStoreModule (PgEventStore and its pool) and an auth guard that sets
 * `request.principal`.
 */
@Module({
  controllers: [
    OrganisationController,
    GroupsController,
    MeetingsController,
    MeetingPreparationController,
    MeetingItemsController,
    MeetingProtocolController,
    MeetingDocumentsController,
    FollowUpsController,
  ],
  // Templates are compiled and fonts loaded once, when the renderer is made at start-up.
  providers: [
    ...MEETINGS_APPLICATION_PROVIDERS,
    { provide: DocumentRenderer, useFactory: () => new DocumentRenderer() },
  ],
})
export class MeetingsHttpModule {}

import { Module } from '@nestjs/common';
import { DocumentRenderer } from '#libs/documents';
import { GroupsHttpModule } from '#libs/groups';
import { MeetingsHttpModule } from '#libs/meetings';
import { SharedKernelModule } from '#libs/shared-kernel';
import { GetMeetingDocumentHandler } from './application/get-document/get-document.handler.js';
import { GetArchivePackageHandler } from './archive/archive-package.handler.js';
import { MayArchiveMeetingHandler } from './archive/may-archive.handler.js';
import { ArchivePackageController } from './http/controllers/archive-package.controller.js';
import { MeetingDocumentsController } from './http/controllers/meeting-documents.controller.js';
import { OrganisationSeal } from './sealed-copies/organisation-seal.js';
import { SealedCopies } from './sealed-copies/sealed-copies.js';
import { VerificationThrottle } from './verification/address-throttle.js';
import { VerificationController } from './verification/verification.controller.js';
import { VerifyCopies } from './verification/verify-copies.js';

/**
 * This context over HTTP, under /api. Needs, from the importing app: CqrsModule.forRoot() (the
 * buses), EventStoreModule (PgEventStore and its pool) and an auth guard that sets `request.principal`.
 */
@Module({
  imports: [SharedKernelModule, GroupsHttpModule, MeetingsHttpModule],
  controllers: [MeetingDocumentsController, ArchivePackageController, VerificationController],
  providers: [
    GetMeetingDocumentHandler,
    GetArchivePackageHandler,
    MayArchiveMeetingHandler,
    OrganisationSeal,
    SealedCopies,
    VerifyCopies,
    VerificationThrottle,
    { provide: DocumentRenderer, useFactory: () => new DocumentRenderer() },
  ],
  exports: [DocumentRenderer, VerifyCopies, VerificationThrottle],
})
export class MeetingDocumentsHttpModule {}

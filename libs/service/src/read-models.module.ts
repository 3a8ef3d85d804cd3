import { Module, type OnModuleInit } from '@nestjs/common';
import { ProjectionRegistry, streamActivityProjection } from '#libs/event-store';
import { FollowUpsReadModelsModule } from '#libs/follow-ups';
import { GroupsReadModelsModule } from '#libs/groups';
import { InvitationsReactionModule } from '#libs/invitations';
import { MeetingDocumentsReadModelsModule } from '#libs/meeting-documents';
import { MeetingsReadModelsModule } from '#libs/meetings';
import { RemindersReadModelsModule } from '#libs/reminders';

/** Registers every read model and reaction; the worker runs them, the rebuild command finds them. */
@Module({
  imports: [
    GroupsReadModelsModule,
    FollowUpsReadModelsModule,
    MeetingsReadModelsModule,
    MeetingDocumentsReadModelsModule,
    InvitationsReactionModule,
    RemindersReadModelsModule,
  ],
})
export class ReadModelsModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(streamActivityProjection);
  }
}

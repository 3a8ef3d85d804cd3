import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, publicBaseUrlOf } from '#libs/config';
import { ProjectionRegistry } from '#libs/event-store';
import { senderAddressOf } from '#libs/mail';
import { invitationsReaction } from './reaction/invitations.reaction.js';

/** Registers the invitations reaction with the worker's projection registry. */
@Module({})
export class InvitationsReactionModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      invitationsReaction({
        calendarDomain: this.config.calendarDomain,
        senderEmail: senderAddressOf(this.config.mailFrom),
        publicBaseUrl: publicBaseUrlOf(this.config),
      }),
    );
  }
}

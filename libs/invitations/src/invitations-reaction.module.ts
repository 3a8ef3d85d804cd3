import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, publicBaseUrlOf } from '#libs/config';
import { PgEventStore, ProjectionRegistry } from '#libs/event-store';
import { senderAddressOf } from '#libs/mail';
import { justeringMailReaction } from './justering/justering-mail.reaction.js';
import { invitationsReaction } from './reaction/invitations.reaction.js';

/** Registers the invitations and justering e-mail reactions with the worker's projection registry. */
@Module({})
export class InvitationsReactionModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly config: AppConfig,
    private readonly store: PgEventStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      invitationsReaction({
        calendarDomain: this.config.calendarDomain,
        senderEmail: senderAddressOf(this.config.mailFrom),
        publicBaseUrl: publicBaseUrlOf(this.config),
      }),
    );
    this.registry.register(
      justeringMailReaction({ publicBaseUrl: publicBaseUrlOf(this.config) }, this.store),
    );
  }
}

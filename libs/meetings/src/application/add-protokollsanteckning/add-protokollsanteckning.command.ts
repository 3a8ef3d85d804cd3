import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { MeetingPayload } from '../../domain/index.js';

/** The statement as sent; who entered it is the server's to say. */
export type ProtokollsanteckningInput = Omit<MeetingPayload<'AddProtokollsanteckning'>, 'enteredBy'>;

/**
 * Adds a party's own statement (protokollsanteckning) to an item: entered by a union
 * representative for their organisation, or recorded by those who keep the protocol for any party.
 */
export class AddProtokollsanteckningCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: ProtokollsanteckningInput,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingPayload } from '../../../domain/meeting/index.js';
import type { MeetingChanged } from '../../shared/changed.js';

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

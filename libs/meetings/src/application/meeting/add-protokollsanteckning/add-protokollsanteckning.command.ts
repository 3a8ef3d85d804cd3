import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Adds a party's own statement (protokollsanteckning) to an item. */
export class AddProtokollsanteckningCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'AddProtokollsanteckning'>,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Defers an item to the next meeting ("punkten flyttas till nästa möte"), with the reason. */
export class DeferItemCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'DeferItem'>,
  ) {
    super();
  }
}

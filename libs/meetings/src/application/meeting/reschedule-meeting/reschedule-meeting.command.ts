import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/**
 * Moves a meeting not yet under way to a new time and place (the place and video link given
 * replace the earlier ones). The same time and place again records nothing.
 */
export class RescheduleMeetingCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'RescheduleMeeting'>,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/**
 * Cancels a meeting not yet under way, with the reason. It keeps its protocol number; what it
 * would have taken up returns at the group's next meeting. Cancelling again records nothing.
 */
export class CancelMeetingCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'CancelMeeting'>,
  ) {
    super();
  }
}

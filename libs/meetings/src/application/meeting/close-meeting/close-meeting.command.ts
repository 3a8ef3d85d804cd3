import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Closes the meeting: fixes the § numbers and makes protocol revision 1. Every item must be handled or deferred. */
export class CloseMeetingCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'CloseMeeting'>,
  ) {
    super();
  }
}

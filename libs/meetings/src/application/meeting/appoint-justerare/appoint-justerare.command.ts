import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Appoints the justerare: one for the employer, one or more for the unions, each for their own party. */
export class AppointJusterareCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'AppointJusterare'>,
  ) {
    super();
  }
}

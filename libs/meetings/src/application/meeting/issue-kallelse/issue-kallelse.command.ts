import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Sends the kallelse: the current agenda version to its recipients (the same again is a resend, not a new one). */
export class IssueKallelseCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'IssueKallelse'>,
  ) {
    super();
  }
}

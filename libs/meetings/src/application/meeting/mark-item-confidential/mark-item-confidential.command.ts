import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged, MeetingPayload } from '../meeting-command-runner.js';

/** Marks an item confidential (sekretess or an individual matter): left out of public documents. */
export class MarkItemConfidentialCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly payload: MeetingPayload<'MarkItemConfidential'>,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, IsoDate, MeetingChanged } from '#libs/shared-kernel';

/** The secretary (or chair) asks the appointed justerare to justera the latest revision by a last date. */
export class RequestJusteringCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly request: { lastDate?: IsoDate },
  ) {
    super();
  }
}

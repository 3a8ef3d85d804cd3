import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { JusteringDeclineFacts } from '../../domain/index.js';

/** The caller, an appointed justerare, asks for a change instead of approving: the protocol goes back for revision. */
export class DeclineJusteringCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly decline: Pick<JusteringDeclineFacts, 'revision' | 'comment'>,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { TextCorrection } from '../../../domain/meeting/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged } from '../../shared/changed.js';

export interface ProtocolChange {
  reason: string;
  corrections: TextCorrection[];
}

/** The sekreterare's (or ordförande's) correction before justering: a new revision of the protocol. */
export class ReviseProtocolCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly change: ProtocolChange,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { ProtocolCorrections } from '../../domain/index.js';

export type ProtocolChange = ProtocolCorrections;

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

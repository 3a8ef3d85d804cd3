import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { ProtocolChange } from '../revise-protocol/revise-protocol.command.js';

/** A rättelse of a justerat protocol: a new revision that needs a new justering. History stays. */
export class CorrectProtocolCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly change: ProtocolChange,
  ) {
    super();
  }
}

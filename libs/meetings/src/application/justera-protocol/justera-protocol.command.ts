import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';

export interface JusteringInput {
  revision: number;
  /** The hash the client showed its user (GET meeting → protocol.textHash); checked when given. */
  textHash?: string;
}

/** The caller, an appointed justerare, approves a revision of the protocol for their own party. */
export class JusteraProtocolCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly justering: JusteringInput,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { JusteringApprovalFacts, WithOptional } from '../../domain/index.js';

/** `textHash`: the hash the client showed its user (GET meeting → protocol.textHash); checked when given. */
export type JusteringInput = WithOptional<Pick<JusteringApprovalFacts, 'revision' | 'textHash'>, 'textHash'>;

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

import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { JusteringApprovalFacts } from '../../domain/index.js';

/**
 * `textHash`: the hash the client showed its user (GET meeting → protocol.textHash). Required: an
 * approval is bound to the text the justerare read, and refused if the text has changed since.
 */
export type JusteringInput = Pick<JusteringApprovalFacts, 'revision' | 'textHash'>;

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

import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { ProtocolChangeProposalFacts } from '../../domain/index.js';

export type ProtocolChangeProposalInput = Pick<
  ProtocolChangeProposalFacts,
  'revision' | 'itemId' | 'comment' | 'record' | 'wording'
>;

/** The caller, an appointed justerare, proposes a change to one § of the latest revision. */
export class ProposeProtocolChangeCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly proposal: ProtocolChangeProposalInput,
  ) {
    super();
  }
}

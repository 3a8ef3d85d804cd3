import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { ProposalAnswer, TextCorrection } from '../../domain/index.js';

export interface ProposalAnswerInput {
  proposalId: string;
  answer: ProposalAnswer;
  reason: string;
  /** The corrected texts when accepting; without them, the proposal's own wording. */
  corrections?: TextCorrection[];
}

/** The secretary (or chair) accepts a change proposal, making a new revision, or rejects it with a reason. */
export class AnswerProtocolChangeCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly answer: ProposalAnswerInput,
  ) {
    super();
  }
}

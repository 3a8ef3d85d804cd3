import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { EscalationInput } from '../../domain/index.js';

/** What the chair asks for: where the item goes and the question as put; the groups are read here. */
export type EscalationRequest = Pick<EscalationInput, 'to' | 'question'>;

/** Raises an item the meeting cannot settle to the group's parent, or hands it to an MBL negotiation. */
export class EscalateItemCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly itemId: string,
    readonly request: EscalationRequest,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { IsoDate, PersonRef, CommandContext, MeetingChanged } from '#libs/shared-kernel';

export interface FollowUpAssignmentInput {
  itemId: string;
  /** Optional: the server makes one (derived from the Idempotency-Key when there is one). */
  followUpId?: string;
  action: string;
  responsible: PersonRef;
  dueDate: IsoDate;
}

export interface FollowUpDateAssigned extends MeetingChanged {
  followUpId: string;
  /** The version of the follow-up's own stream (opened by this command). */
  followUpVersion: number;
}

/** Records an action decided on an item with its responsible and date, and opens the follow-up. */
export class AssignFollowUpDateCommand extends Command<FollowUpDateAssigned> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly assignment: FollowUpAssignmentInput,
  ) {
    super();
  }
}

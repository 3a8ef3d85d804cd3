import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { FollowUpAssignment, OnItem, WithOptional } from '../../domain/index.js';

/** `followUpId` optional: the server makes one (derived from the Idempotency-Key when there is one). */
export type FollowUpAssignmentInput = OnItem & WithOptional<FollowUpAssignment, 'followUpId'>;

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

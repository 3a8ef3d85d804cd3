import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { MeetingLeadership } from '../../../domain/group/index.js';

/** Records who runs the group's meetings, as its samverkansavtal says (an admin's task). */
export class SetMeetingLeadershipCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly leadership: MeetingLeadership,
  ) {
    super();
  }
}

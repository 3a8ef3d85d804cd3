import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { NoticeTimes } from '../../../domain/group/index.js';

/** How many days ahead the group's kallelse and agenda go out, in place of its level's defaults. */
export class SetNoticeTimesCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly noticeTimes: NoticeTimes,
  ) {
    super();
  }
}

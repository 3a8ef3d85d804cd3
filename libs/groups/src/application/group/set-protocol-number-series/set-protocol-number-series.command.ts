import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { ProtocolNumberSeries } from '../../../domain/group/index.js';

/** Where the group's protocol numbers of one year start and how they are written. */
export class SetProtocolNumberSeriesCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly year: number,
    readonly series: ProtocolNumberSeries,
  ) {
    super();
  }
}

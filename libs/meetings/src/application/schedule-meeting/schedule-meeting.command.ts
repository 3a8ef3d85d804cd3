import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem, MeetingSetup, TimeAndPlace } from '../../domain/index.js';

/** What the client plans; the group and carried-over items are the server's. */
export type MeetingPlan = TimeAndPlace & Pick<MeetingSetup, 'dnr'>;

export interface ScheduledMeeting extends MeetingChanged {
  /** The agenda proposal: items deferred at the previous meeting and follow-ups now due. */
  carriedOver: AgendaItem[];
}

/** Schedules a meeting of a group and proposes the returning items (its number comes at closing). */
export class ScheduleMeetingCommand extends Command<ScheduledMeeting> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly plan: MeetingPlan,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { ProtocolNumber, CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem, MeetingSetup, TimeAndPlace } from '../../domain/index.js';

/** What the client plans; the group, protocol number and carried-over items are the server's. */
export type MeetingPlan = TimeAndPlace & Pick<MeetingSetup, 'dnr'>;

export interface ScheduledMeeting extends MeetingChanged {
  protocolNumber: ProtocolNumber & { formatted: string };
  /** The agenda proposal: items deferred at the previous meeting and follow-ups now due. */
  carriedOver: AgendaItem[];
}

/** Schedules a meeting of a group: allocates its protocol number and proposes the returning items. */
export class ScheduleMeetingCommand extends Command<ScheduledMeeting> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly plan: MeetingPlan,
  ) {
    super();
  }
}

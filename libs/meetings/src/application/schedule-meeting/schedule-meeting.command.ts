import { Command } from '@nestjs/cqrs';
import type { IsoInstant, ProtocolNumber, CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem } from '../../domain/index.js';

export interface MeetingPlan {
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  place?: string;
  videoLink?: string;
  dnr?: string;
}

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

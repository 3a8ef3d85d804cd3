import { Command } from '@nestjs/cqrs';
import type { AgendaItem } from '../../../domain/meeting/index.js';
import type { IsoInstant, ProtocolNumber } from '../../../domain/shared/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged } from '../../shared/changed.js';

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

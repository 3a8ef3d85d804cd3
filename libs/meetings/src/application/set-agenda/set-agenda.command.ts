import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem, AgendaItemRemoval } from '../../domain/index.js';

/** An agenda item as a client sends it: where a carried-over item came from is the server's to say. */
export type AgendaItemInput = Omit<AgendaItem, 'origin' | 'confidential'>;

/** Sets the ordered agenda (the first time "set", afterwards "amended"). */
export class SetAgendaCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly items: AgendaItemInput[],
    /** Why items left out are taken off (required for a union's item). */
    readonly removals: AgendaItemRemoval[] = [],
  ) {
    super();
  }
}

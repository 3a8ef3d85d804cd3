import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem } from '../../domain/index.js';

/** An agenda item as a client sends it: where a carried-over item came from is the server's to say. */
export type AgendaItemInput = Omit<AgendaItem, 'origin' | 'confidential'>;

/** Sets the ordered agenda (the first time "set", afterwards "amended"). */
export class SetAgendaCommand extends Command<MeetingChanged> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly items: AgendaItemInput[],
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { AgendaItem } from '../../../domain/meeting/index.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { MeetingChanged } from '../../shared/changed.js';

export type OvrigFragaInput = Omit<AgendaItem, 'kind' | 'origin' | 'itemId'> & { itemId?: string };

export interface OvrigFragaAdded extends MeetingChanged {
  itemId: string;
}

/** Adds an övrig fråga at the end of the agenda during the meeting. */
export class AddOvrigFragaCommand extends Command<OvrigFragaAdded> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly item: OvrigFragaInput,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem } from '../../domain/index.js';

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

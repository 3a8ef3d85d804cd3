import { Command } from '@nestjs/cqrs';
import type { CommandContext, MeetingChanged } from '#libs/shared-kernel';
import type { AgendaItem } from '../../domain/index.js';

/**
 * An item as a member proposes it. No proposer and no origin: the proposer is the caller's own
 * party, taken from their membership, and only carry-over says where an item came from.
 */
export type ProposedItemInput = Omit<AgendaItem, 'itemId' | 'proposer' | 'origin'> & { itemId?: string };

export interface AgendaItemProposed extends MeetingChanged {
  itemId: string;
}

/** A union organisation puts an item on the agenda itself (MBL §12), at the end of it. */
export class ProposeAgendaItemCommand extends Command<AgendaItemProposed> {
  constructor(
    readonly context: CommandContext,
    readonly meetingId: string,
    readonly item: ProposedItemInput,
  ) {
    super();
  }
}

import type { Decider } from '#libs/ddd';
import type { FollowUpCommand } from './commands.js';
import { decideFollowUp } from './decide.js';
import type { FollowUpEvent } from './events.js';
import { evolveFollowUp } from './evolve.js';
import { type FollowUpState, initialFollowUpState } from './state.js';

/**
 * An action decided in a meeting, with its own lifecycle across meetings: never deleted, only
 * reported, rescheduled, completed or cancelled.
 */
export const followUpDecider: Decider<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  initialState: initialFollowUpState,
  decide: decideFollowUp,
  evolve: evolveFollowUp,
};

import type { Decider } from '#libs/ddd';
import type { GroupCommand } from './commands.js';
import { decideGroup } from './decide.js';
import type { GroupEvent } from './events.js';
import { evolveGroup } from './evolve.js';
import { type GroupState, initialGroupState } from './state.js';

/** A samverkansgrupp: its level(s), members over time, and the protocol numbers of its meetings. */
export const groupDecider: Decider<GroupCommand, GroupEvent, GroupState> = {
  initialState: initialGroupState,
  decide: decideGroup,
  evolve: evolveGroup,
};

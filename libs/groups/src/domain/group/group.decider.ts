import type { Decider } from '#libs/ddd';
import type { GroupCommand } from './commands.js';
import { decideGroup } from './decide.js';
import type { GroupEvent } from './events.js';
import { evolveGroup } from './evolve.js';
import { type GroupState, initialGroupState } from './state.js';

/**
 * The shape evolveGroup folds a group to, as its snapshots keep it (GROUP in aggregates.ts): a
 * snapshot of another schema is never read. Change it with any change to evolveGroup, GroupState
 * or initialGroupState that a state folded before would not satisfy (group-state-schema.spec.ts
 * fails on any change to evolve.ts or state.ts until it is looked at).
 */
export const GROUP_STATE_SCHEMA = 'group-state/1';

/** A samverkansgrupp: its level(s), members over time, and the protocol numbers of its meetings. */
export const groupDecider: Decider<GroupCommand, GroupEvent, GroupState> = {
  initialState: initialGroupState,
  decide: decideGroup,
  evolve: evolveGroup,
};

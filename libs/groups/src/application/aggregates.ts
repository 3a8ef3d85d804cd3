import type { Decider } from '#libs/ddd';
import type { DomainEvent, SnapshotPolicy } from '#libs/event-store';
import type { StreamType } from '#libs/shared-kernel';
import {
  GROUP_STATE_SCHEMA,
  type GroupCommand,
  groupDecider,
  type GroupEvent,
  type GroupState,
} from '../domain/group/index.js';
import {
  type OrganisationCommand,
  organisationDecider,
  type OrganisationEvent,
  type OrganisationState,
} from '../domain/organisation/index.js';
import type { AccessFacts } from './access/access-policy.js';

/** Reads the group a meeting or follow-up belongs to, in the caller's tenant. */
export type GroupLookup = (groupId: string | undefined) => Promise<GroupState | undefined>;

/**
 * What the one command runner needs to know of an aggregate: its stream type, its decider, and
 * which facts besides its own state the access policy decides on (read in the same attempt).
 */
export interface Aggregate<C, E extends DomainEvent, S> {
  streamType: StreamType;
  decider: Decider<C, E, S>;
  accessFacts: (state: S, groupOf: GroupLookup) => Promise<AccessFacts>;
  /**
   * Commands read the newest snapshot and the events after it, for a stream that grows without
   * end (SnapshotPolicy: bump the schema whenever the evolve or the state's shape changes).
   */
  snapshots?: SnapshotPolicy;
}

export const ORGANISATION: Aggregate<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  streamType: 'organisation',
  decider: organisationDecider,
  accessFacts: () => Promise.resolve({}),
  // Not kept: the organisation gains an event per unit, union or setting, not per meeting, so it
  // stays far below SNAPSHOT_EVERY and a snapshot lookup would be a query for nothing.
};

export const GROUP: Aggregate<GroupCommand, GroupEvent, GroupState> = {
  streamType: 'group',
  decider: groupDecider,
  accessFacts: (group) => Promise.resolve({ group }),
  // A group gains MeetingAdded with every meeting scheduled and ProtocolNumberAllocated with every
  // one closed. Its state is plain JSON (strings, numbers, booleans, arrays, records; see
  // GroupState). Bump GROUP_STATE_SCHEMA with any change to evolveGroup or GroupState.
  snapshots: { schema: GROUP_STATE_SCHEMA },
};

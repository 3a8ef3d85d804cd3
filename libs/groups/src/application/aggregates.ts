import type { Decider } from '#libs/ddd';
import type { DomainEvent } from '#libs/event-store';
import type { StreamType } from '#libs/shared-kernel';
import { type GroupCommand, groupDecider, type GroupEvent, type GroupState } from '../domain/group/index.js';
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
}

export const ORGANISATION: Aggregate<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  streamType: 'organisation',
  decider: organisationDecider,
  accessFacts: () => Promise.resolve({}),
};

export const GROUP: Aggregate<GroupCommand, GroupEvent, GroupState> = {
  streamType: 'group',
  decider: groupDecider,
  accessFacts: (group) => Promise.resolve({ group }),
};

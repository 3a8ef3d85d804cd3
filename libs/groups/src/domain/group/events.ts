import type { IsoInstant } from '#domain/shared-kernel';
import type { Departure, GroupDefinition, MembershipFacts } from './facts.js';

type On<T extends string, D> = { type: T; data: { groupId: string; at: IsoInstant } & D };

export type GroupEvent =
  | On<'GroupCreated', GroupDefinition & { organisationId: string }>
  | On<'MemberJoined', MembershipFacts>
  | On<'MemberLeft', Departure>
  | On<'ProtocolNumberAllocated', { meetingId: string; year: number; number: number }>;

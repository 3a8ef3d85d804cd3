import type { IsoInstant } from '#domain/shared-kernel';
import type { Departure, GroupDefinition, MeetingLeadership, MembershipFacts } from './facts.js';

type Command<T extends string, D> = { type: T; data: { groupId: string; at: IsoInstant } & D };

export type GroupCommand =
  | Command<'CreateGroup', GroupDefinition & { organisationId: string }>
  | Command<
      'JoinGroup',
      MembershipFacts & {
        /** The tenant's union organisations, read from the organisation stream by the caller. */
        unionOrganisations: string[];
      }
    >
  | Command<'LeaveGroup', Departure>
  | Command<'SetMeetingLeadership', MeetingLeadership>
  /** Numbers run per group per calendar year: "Protokoll 2/2019". */
  | Command<'AllocateProtocolNumber', { meetingId: string; year: number }>;

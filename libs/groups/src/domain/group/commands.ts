import type { IsoInstant } from '#domain/shared-kernel';
import type { Departure, GroupDefinition, MembershipFacts } from './facts.js';
import type { JusteringSetting } from './meeting-rules.js';

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
  /** How the group's protocols are justerade; an APT chooses between none and the employer's. */
  | Command<'SetJustering', { justering: JusteringSetting }>
  /** Numbers run per group per calendar year: "Protokoll 2/2019". */
  | Command<'AllocateProtocolNumber', { meetingId: string; year: number }>;

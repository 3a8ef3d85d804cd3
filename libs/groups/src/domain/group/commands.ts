import type { IsoInstant, ProtocolForm } from '#domain/shared-kernel';
import type {
  Departure,
  FederationJustering,
  GroupDefinition,
  MeetingLeadership,
  MembershipFacts,
} from './facts.js';
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
  | Command<'SetMeetingLeadership', MeetingLeadership>
  | Command<'SetFederationJustering', FederationJustering>
  /** The group's own protocol form: procedural paragraphs and the sections the agenda is grouped in. */
  | Command<'SetProtocolForm', { form: ProtocolForm }>
  /** How the group's protocols are justerade; an APT chooses between none and the employer's. */
  | Command<'SetJustering', { justering: JusteringSetting }>
  /** Numbers run per group per calendar year: "Protokoll 2/2019". */
  | Command<'AllocateProtocolNumber', { meetingId: string; year: number }>;

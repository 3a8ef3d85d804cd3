import type { IsoInstant, ProtocolForm, ProtocolNumberFormat } from '#domain/shared-kernel';
import type { ProtocolNumberSeries } from './number-series.js';
import type {
  Departure,
  FederationJustering,
  GroupDefinition,
  MeetingLeadership,
  MembershipFacts,
} from './facts.js';
import type { JusteringSetting } from './meeting-rules.js';
import type { NoticeTimes } from './notice-times.js';

type On<T extends string, D> = { type: T; data: { groupId: string; at: IsoInstant } & D };

export type GroupEvent =
  | On<'GroupCreated', GroupDefinition & { organisationId: string }>
  | On<'MemberJoined', MembershipFacts>
  | On<'MemberLeft', Departure>
  /** The group's setting changed; GroupCreated may carry the first one. */
  | On<'MeetingLeadershipSet', MeetingLeadership>
  /** Like JusteringSet, applies to the meetings scheduled after it. */
  | On<'FederationJusteringSet', FederationJustering>
  /** Replaces the form the group's protocols follow (until then, the default of its level). */
  | On<'ProtocolFormSet', { form: ProtocolForm }>
  /** From now on the group follows its level's default form again; closed meetings keep theirs. */
  | On<'ProtocolFormReset', object>
  /** Applies to the meetings scheduled after it: a meeting keeps the rules it was called with. */
  | On<'JusteringSet', { justering: JusteringSetting }>
  /** The group's own notice times replace its level's; its coming meetings are measured against them. */
  | On<'NoticeTimesSet', NoticeTimes>
  /** Recorded with MeetingScheduled; older meetings are known by their ProtocolNumberAllocated. */
  | On<'MeetingAdded', { meetingId: string }>
  /** `format` is the series' format when the number was given (absent in older events: N/YYYY). */
  | On<
      'ProtocolNumberAllocated',
      { meetingId: string; year: number; number: number; format?: ProtocolNumberFormat }
    >
  /** The year's numbers start at firstNumber (unless higher ones were given) and print in format. */
  | On<'ProtocolNumberSeriesSet', ProtocolNumberSeries & { year: number }>;

import {
  MAX_TITLE_LENGTH,
  MEMBER_ROLES,
  type MemberRole,
  PartyDto,
  PersonDto,
  LONE_PRESENTER,
  MAX_PRESENTERS,
  PRESENTERS,
  PresenterDto,
  AttendeeDto,
  FEDERATIONS,
  type Federation,
  After,
  Id,
  Instant,
  Name,
  Nested,
  NestedList,
  OneOf,
  Text,
  WholeNumber,
  WORK_ENVIRONMENT_TOPICS,
  type WorkEnvironmentTopic,
} from '#libs/shared-kernel';
import type { ProposedItemInput } from '../../application/propose-agenda-item/propose-agenda-item.command.js';
import type { MeetingPlan } from '../../application/schedule-meeting/schedule-meeting.command.js';
import type { AgendaItemInput } from '../../application/set-agenda/set-agenda.command.js';
import {
  AGENDA_ITEM_KINDS,
  type AgendaItemKind,
  type AgendaItemRemoval,
  type AttendanceEntry,
  type Justerare,
  type KallelseFacts,
  PRESENCES,
  type Presence,
  type Reason,
  type TimeAndPlace,
} from '../../domain/index.js';
import type { DtoOf } from './dto-of.js';

export class ScheduleMeetingDto implements MeetingPlan {
  @Instant({ description: 'When the meeting starts', example: '2019-02-25T08:30:00+01:00' })
  startsAt!: string;

  @Instant({ description: 'When it ends', example: '2019-02-25T11:00:00+01:00' })
  endsAt!: string;

  @Name({
    optional: true,
    description: 'A place or a video link is required',
    example: 'Stora sammanträdesrummet',
  })
  place?: string;

  @Text(2_000, { optional: true, example: 'https://video.exempelstad.se/fsg' })
  videoLink?: string;

  @Name({ optional: true, description: 'Diarienummer', example: 'DNR:02/2019' })
  dnr?: string;
}

/** Where the meeting moves: the whole new time and location, as when it was scheduled. */
export class RescheduleMeetingDto implements TimeAndPlace {
  @Instant({ description: 'When the meeting now starts', example: '2019-03-04T08:30:00+01:00' })
  startsAt!: string;

  @Instant({ description: 'When it now ends, after it starts', example: '2019-03-04T11:00:00+01:00' })
  @After('startsAt')
  endsAt!: string;

  @Name({
    optional: true,
    description: 'A place or a video link is required; one left out is no longer where the meeting is',
    example: 'Lilla sammanträdesrummet',
  })
  place?: string;

  @Text(2_000, { optional: true, example: 'https://video.exempelstad.se/fsg' })
  videoLink?: string;
}

export class CancelMeetingDto implements Reason {
  @Text(undefined, {
    description: 'Why the meeting is cancelled: shown on the kallelse and on the items that return',
    example: 'Mötet ställs in då förvaltningschefen är sjuk; punkterna tas upp den 25 mars.',
  })
  reason!: string;
}

export class AgendaItemDto implements DtoOf<AgendaItemInput> {
  @Id({
    description: 'Chosen by the client, unique in the meeting; carried-over items keep theirs',
    example: 'i-arbetsmiljo',
  })
  itemId!: string;

  @Text(MAX_TITLE_LENGTH, { example: 'Nytt inom arbetsmiljö' })
  title!: string;

  @OneOf(AGENDA_ITEM_KINDS, { example: 'information' })
  kind!: AgendaItemKind;

  @NestedList(() => PresenterDto, MAX_PRESENTERS, { optional: true, description: PRESENTERS })
  presenters?: PresenterDto[];

  @Nested(() => PersonDto, { optional: true, description: LONE_PRESENTER })
  presenter?: PersonDto;

  @WholeNumber(1, 600, { optional: true, example: 20 })
  estimatedMinutes?: number;

  @Nested(() => PartyDto, {
    description: 'The employer, or a union organisation using its right to propose items',
  })
  proposer!: PartyDto;

  @Id({
    optional: true,
    description:
      'The section of the group’s protocol form the item stands in (GET /api/groups/{id} shows the form); ' +
      'without one, the first section that takes its kind',
    example: 'samverkan-fore-beslut',
  })
  sectionId?: string;

  @Id({
    optional: true,
    description: 'Makes the item a sub-item, printed a), b) under this item’s §, in the same section',
  })
  parentItemId?: string;

  @OneOf(WORK_ENVIRONMENT_TOPICS, {
    optional: true,
    description:
      'The AML 6:9 question the item takes up when the group acts as skyddskommitté; ' +
      'GET /api/groups/{id} shows per year which were handled',
    example: 'arlig-uppfoljning-sam',
  })
  workEnvironmentTopic?: WorkEnvironmentTopic;
}

/** An item a member proposes (MBL §12): the proposer is the caller's organisation, from their membership. */
export class ProposeAgendaItemDto implements DtoOf<ProposedItemInput> {
  @Id({ optional: true, description: 'Made by the server when left out (from the Idempotency-Key if sent)' })
  itemId?: string;

  @Text(MAX_TITLE_LENGTH, { example: 'Schemaläggning på Kvarnen' })
  title!: string;

  @OneOf(AGENDA_ITEM_KINDS, { example: 'dialog' })
  kind!: AgendaItemKind;

  @NestedList(() => PresenterDto, MAX_PRESENTERS, { optional: true, description: PRESENTERS })
  presenters?: PresenterDto[];

  @Nested(() => PersonDto, { optional: true, description: LONE_PRESENTER })
  presenter?: PersonDto;

  @WholeNumber(1, 600, { optional: true, example: 20 })
  estimatedMinutes?: number;
}

export class AgendaItemRemovalDto implements AgendaItemRemoval {
  @Id({ description: 'An item on the agenda now that the new agenda leaves out' })
  itemId!: string;

  @Text(undefined, { example: 'Frågan hanteras i stället i LSG Kvarnen den 11 mars.' })
  reason!: string;
}

export class SetAgendaDto {
  @NestedList(() => AgendaItemDto, 200, {
    description:
      'The whole ordered agenda. Items carried over keep their origin as long as they keep their id.',
  })
  items!: AgendaItemDto[];

  @NestedList(() => AgendaItemRemovalDto, 200, {
    optional: true,
    description:
      'Why items left out of `items` are taken off the agenda. Required for an item a union ' +
      'organisation proposed (MBL §12): the reason is kept and shown to the proposer in `removedItems`.',
  })
  removals?: AgendaItemRemovalDto[];
}

export class IssueKallelseDto implements Pick<KallelseFacts, 'recipients'> {
  @NestedList(() => PersonDto, 500)
  recipients!: PersonDto[];
}

export class AttendanceEntryDto implements DtoOf<AttendanceEntry> {
  @Nested(() => AttendeeDto)
  person!: AttendeeDto;

  @Name({
    optional: true,
    description:
      'What they attend as, printed after the name ("Anna Berg, HR-specialist"); for an adjungerad above all',
    example: 'HR-specialist',
  })
  title?: string;

  @Nested(() => PartyDto, {
    optional: true,
    description:
      'Required at a samverkan meeting. Left out for a medarbetare at an APT (no formal parties); ' +
      'the manager may attend for the employer',
  })
  party?: PartyDto;

  @OneOf(MEMBER_ROLES, { example: 'ledamot' })
  role!: MemberRole;

  @OneOf(PRESENCES)
  presence!: Presence;

  @Id({ optional: true, description: 'The person id of the absent member this one substitutes for' })
  replaces?: string;
}

export class RecordAttendanceDto {
  @NestedList(() => AttendanceEntryDto, 500, {
    description: 'The whole närvarolista; replaces the earlier one',
  })
  attendees!: AttendanceEntryDto[];
}

export class JusterareDto implements DtoOf<Justerare> {
  @Nested(() => PersonDto)
  person!: PersonDto;

  @Nested(() => PartyDto, { description: 'The party this justerare attends and justerar for' })
  party!: PartyDto;

  @OneOf(FEDERATIONS, {
    optional: true,
    description:
      'Where the group justerar by federation (justeringByFederation): the federation of the union they ' +
      'attend for, which they then justera for ("för TCO")',
    example: 'TCO',
  })
  federation?: Federation;
}

export class AppointJusterareDto {
  @NestedList(() => JusterareDto, 20, { description: 'One for the employer, one or more for the unions' })
  justerare!: JusterareDto[];
}

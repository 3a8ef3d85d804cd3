import {
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  PartyDto,
  PartyStatementDto,
  PersonDto,
  LONE_PRESENTER,
  MAX_PRESENTERS,
  PRESENTERS,
  PresenterDto,
  CalendarDate,
  Id,
  Nested,
  NestedList,
  OneOf,
  Text,
  TextList,
  WholeNumber,
  type PartyStatement,
} from '#libs/shared-kernel';
import type { OvrigFragaInput } from '../../application/add-ovrig-fraga/add-ovrig-fraga.command.js';
import type { FollowUpAssignmentInput } from '../../application/assign-follow-up-date/assign-follow-up-date.command.js';
import {
  DECISION_OUTCOMES,
  type DecisionInput,
  type DecisionOutcome,
  type DialogInput,
  type InformationInput,
} from '../../domain/index.js';
import type { DtoOf } from './dto-of.js';
import { FOLLOW_UP_HANDLINGS, type FollowUpHandling, type FollowUpHandlingOutcome } from '#libs/follow-ups';

/** On a returning återrapportering item: what the meeting did with its follow-up. */
export class FollowUpHandlingDto implements DtoOf<FollowUpHandling> {
  @OneOf(FOLLOW_UP_HANDLINGS, {
    description:
      'reported: the follow-up stays open and returns while due; completed: it is done; rescheduled: it gets newDueDate',
  })
  outcome!: FollowUpHandlingOutcome;

  @Text(undefined, { optional: true, description: 'With completed: a closing note' })
  note?: string;

  @CalendarDate({ optional: true, description: 'With rescheduled: the new due date (YYYY-MM-DD)' })
  newDueDate?: string;

  @Text(undefined, { optional: true, description: 'With rescheduled: why' })
  reason?: string;
}

const FOLLOW_UP_HANDLING =
  'Only on a returning återrapportering item: what becomes of its follow-up, in the same act. What is ' +
  'recorded on such an item is always reported on its follow-up; without this it stays open.';

export class RecordInformationDto implements DtoOf<InformationInput> {
  @Text(undefined, { example: 'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen…' })
  text!: string;

  @Nested(() => PersonDto, { optional: true })
  presenter?: PersonDto;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' comments" })
  comments?: PartyStatementDto[];

  @Nested(() => FollowUpHandlingDto, { optional: true, description: FOLLOW_UP_HANDLING })
  followUp?: FollowUpHandlingDto;
}

export class RecordDialogDto implements DtoOf<DialogInput> {
  @Text(undefined, { example: 'Totalt genomförde HR-enheten 13 avslutningssamtal 2018…' })
  text!: string;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' views" })
  views?: PartyStatementDto[];

  @Nested(() => FollowUpHandlingDto, { optional: true, description: FOLLOW_UP_HANDLING })
  followUp?: FollowUpHandlingDto;
}

export class RecordDecisionDto implements DtoOf<DecisionInput> {
  @Text(undefined, { example: 'I framtiden dokumenteras uppföljningsdatum…' })
  text!: string;

  @OneOf(DECISION_OUTCOMES)
  outcome!: DecisionOutcome;

  @TextList(MAX_NAME_LENGTH, 50, {
    optional: true,
    description: 'With oenighet: the union organisations that disagree',
  })
  disagreeing?: string[];

  @NestedList(() => PartyStatementDto, 100, { optional: true })
  protokollsanteckningar?: PartyStatementDto[];

  @Nested(() => FollowUpHandlingDto, { optional: true, description: FOLLOW_UP_HANDLING })
  followUp?: FollowUpHandlingDto;
}

export class ProtokollsanteckningDto implements DtoOf<PartyStatement> {
  @Nested(() => PartyDto, {
    description: 'The party whose statement this is; a union member may name only their own organisation',
  })
  party!: PartyDto;

  @Text()
  text!: string;
}

/** The item comes from the path. */
export class AssignFollowUpDateDto implements DtoOf<Omit<FollowUpAssignmentInput, 'itemId'>> {
  @Id({ optional: true, description: 'Made by the server when left out (from the Idempotency-Key if sent)' })
  followUpId?: string;

  @Text(undefined, { example: 'Utvärdera de digitala avslutningsenkäterna' })
  action!: string;

  @Nested(() => PersonDto)
  responsible!: PersonDto;

  @CalendarDate({ description: 'On or after the meeting date', example: '2019-04-29' })
  dueDate!: string;
}

export class OvrigFragaDto implements DtoOf<OvrigFragaInput> {
  @Id({ optional: true, description: 'Made by the server when left out' })
  itemId?: string;

  @Text(MAX_TITLE_LENGTH, { example: 'Parkeringen vid Kvarnen' })
  title!: string;

  @NestedList(() => PresenterDto, MAX_PRESENTERS, { optional: true, description: PRESENTERS })
  presenters?: PresenterDto[];

  @Nested(() => PersonDto, { optional: true, description: LONE_PRESENTER })
  presenter?: PersonDto;

  @WholeNumber(1, 600, { optional: true })
  estimatedMinutes?: number;

  @Nested(() => PartyDto, { description: 'A union member may name only their own organisation' })
  proposer!: PartyDto;
}

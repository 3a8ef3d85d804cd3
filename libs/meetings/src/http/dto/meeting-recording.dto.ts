import {
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  PartyDto,
  PartyStatementDto,
  PersonDto,
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

export class RecordInformationDto implements DtoOf<InformationInput> {
  @Text(undefined, { example: 'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen…' })
  text!: string;

  @Nested(() => PersonDto, { optional: true })
  presenter?: PersonDto;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' comments" })
  comments?: PartyStatementDto[];
}

export class RecordDialogDto implements DtoOf<DialogInput> {
  @Text(undefined, { example: 'Totalt genomförde HR-enheten 13 avslutningssamtal 2018…' })
  text!: string;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' views" })
  views?: PartyStatementDto[];
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

  @Nested(() => PersonDto, { optional: true })
  presenter?: PersonDto;

  @WholeNumber(1, 600, { optional: true })
  estimatedMinutes?: number;

  @Nested(() => PartyDto, { description: 'A union member may name only their own organisation' })
  proposer!: PartyDto;
}

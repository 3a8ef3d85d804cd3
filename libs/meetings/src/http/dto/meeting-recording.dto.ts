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
} from '#libs/shared-kernel';

export class RecordInformationDto {
  @Text(undefined, { example: 'Efter resultatet från medarbetarundersökningen 2018 har förvaltningen…' })
  text!: string;

  @Nested(() => PersonDto, { optional: true })
  presenter?: PersonDto;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' comments" })
  comments?: PartyStatementDto[];
}

export class RecordDialogDto {
  @Text(undefined, { example: 'Totalt genomförde HR-enheten 13 avslutningssamtal 2018…' })
  text!: string;

  @NestedList(() => PartyStatementDto, 100, { optional: true, description: "The parties' views" })
  views?: PartyStatementDto[];
}

export class RecordDecisionDto {
  @Text(undefined, { example: 'I framtiden dokumenteras uppföljningsdatum…' })
  text!: string;

  @OneOf(['enighet', 'oenighet'] as const)
  outcome!: 'enighet' | 'oenighet';

  @TextList(MAX_NAME_LENGTH, 50, {
    optional: true,
    description: 'With oenighet: the union organisations that disagree',
  })
  disagreeing?: string[];

  @NestedList(() => PartyStatementDto, 100, { optional: true })
  protokollsanteckningar?: PartyStatementDto[];
}

export class ProtokollsanteckningDto {
  @Nested(() => PartyDto, {
    description: 'The party whose statement this is; a union member may name only their own organisation',
  })
  party!: PartyDto;

  @Text()
  text!: string;
}

export class AssignFollowUpDateDto {
  @Id({ optional: true, description: 'Made by the server when left out (from the Idempotency-Key if sent)' })
  followUpId?: string;

  @Text(undefined, { example: 'Utvärdera de digitala avslutningsenkäterna' })
  action!: string;

  @Nested(() => PersonDto)
  responsible!: PersonDto;

  @CalendarDate({ description: 'On or after the meeting date', example: '2019-04-29' })
  dueDate!: string;
}

export class OvrigFragaDto {
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

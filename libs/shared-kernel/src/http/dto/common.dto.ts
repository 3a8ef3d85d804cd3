import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import {
  PROTOCOL_NUMBER_FORMATS,
  type NamedPerson,
  type Party,
  type PartyStatement,
  type PersonRef,
  type Presenter,
  type ProtocolNumberFormat,
  type Side,
} from '../../domain/index.js';
import { Id, Name, Nested, OneOf, Text } from './fields.js';

export class PersonDto {
  /** A member's person id is their account id: that is how their rights are found. */
  @Id({ description: "The person's account id", example: 'p-jenny' })
  personId!: string;

  @Name({ example: 'Jenny Gräslund' })
  name!: string;
}

/** How an item's `presenters` field is described wherever an item is written. */
export const PRESENTERS =
  'Föredragande, in the order they present: each by their account (personId), or without one by ' +
  'name and title ("Anna Berg", "HR-specialist"). A personId that has no account is refused ' +
  '(MEETING.UNKNOWN_PRESENTER).';
/** The one presenter of items written before `presenters`. */
export const LONE_PRESENTER =
  'Deprecated: one föredragande, as before `presenters`; ignored when `presenters` is given';

/** A föredragande: with an account (personId), or without one by name and title alone. */
export class PresenterDto {
  @Id({
    optional: true,
    description: 'Their account id; left out for someone without an account (named by name and title)',
    example: 'p-maria',
  })
  personId?: string;

  @Name({ example: 'Anna Berg' })
  name!: string;

  @Name({
    optional: true,
    description: 'Printed after the name: "Anna Berg, HR-specialist"',
    example: 'HR-specialist',
  })
  title?: string;
}

/** Someone on the närvarolista: a member by their account; an adjungerad may have none. */
export class AttendeeDto {
  @Id({
    optional: true,
    description:
      'Their account id. Only an adjungerad may be left without one (named by name, with `title` on the entry)',
    example: 'p-jenny',
  })
  personId?: string;

  @Name({ example: 'Jenny Gräslund' })
  name!: string;
}

export class PartyDto {
  @OneOf(['employer', 'union'] as const, { description: 'The employer, or a union organisation' })
  side!: Side;

  @ValidateIf((party: PartyDto) => party.side === 'union')
  @Name({
    conditional: true,
    description: "Required with side union: one of the organisation's union organisations",
    example: 'Akademikerförbundet SSR',
  })
  organisation?: string;
}

export class PartyStatementDto {
  @Nested(() => PartyDto)
  party!: PartyDto;

  @Text(undefined, { example: 'Akademikerförbundet SSR undrar hur arbetsgivaren ställer sig till…' })
  text!: string;
}

export const toPerson = ({ personId, name }: PersonDto): PersonRef => ({ personId, name });

export const toPresenter = ({ personId, name, title }: PresenterDto): Presenter =>
  personId === undefined
    ? { name, ...(title === undefined ? {} : { title }) }
    : { personId, name, ...(title === undefined ? {} : { title }) };

export const toAttendee = ({ personId, name }: AttendeeDto): Omit<NamedPerson, 'title'> =>
  personId === undefined ? { name } : { personId, name };

export const toParty = (party: PartyDto): Party =>
  party.side === 'employer'
    ? { side: 'employer' }
    : { side: 'union', organisation: party.organisation as string };

export const toStatement = ({ party, text }: PartyStatementDto): PartyStatement => ({
  party: toParty(party),
  text,
});

export const toOptional = <T, R>(value: T | undefined, map: (value: T) => R): R | undefined =>
  value === undefined ? undefined : map(value);

export class ReasonDto {
  @Text(undefined, { example: 'Punkten flyttas till nästa FSG/VSG då Kommunal inte deltar vid detta möte.' })
  reason!: string;
}

export class ProtocolNumberDto {
  @ApiProperty({ type: 'integer', example: 2 }) number!: number;
  @ApiProperty({ type: 'integer', example: 2019 }) year!: number;
  @ApiPropertyOptional({ enum: PROTOCOL_NUMBER_FORMATS, description: 'Absent: N/YYYY' })
  format?: ProtocolNumberFormat;
  @ApiProperty({ example: '2/2019' }) formatted!: string;
}

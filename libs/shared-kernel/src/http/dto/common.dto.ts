import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import {
  PROTOCOL_NUMBER_FORMATS,
  type Party,
  type PartyStatement,
  type PersonRef,
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

import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';

export class SetEmployeeUnitsDto {
  @ApiProperty({
    type: [String],
    description:
      "The organisation's units the account is an employee of (a medarbetare), replacing the earlier " +
      'list; [] for none. An employee reads the public version of the published protocols and notes: ' +
      "an APT's of their own unit, a samverkansgrupp's of any unit",
    example: ['u-hemtjanst-norr'],
    maxItems: 50,
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  units!: string[];
}

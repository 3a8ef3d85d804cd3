import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, REQUEST_ERROR } from '#libs/http';
import { type Account, AccountDto, accountDto, IDENTITY_ERROR, type Principal } from '#libs/identity';
import { AUTH } from '#libs/shared-kernel';
import { SetEmployeeUnitsCommand } from '../../application/organisation/set-employee-units/set-employee-units.command.js';
import { ORGANISATION_ERROR } from '../../domain/organisation/index.js';
import { SetEmployeeUnitsDto } from '../dto/employee-units.dto.js';
import { Caller } from '../request-context.js';

/** Where an account is employed: the organisation's units, set by its admins. */
@ApiTags('accounts')
@Controller('api/accounts')
export class EmployeesController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':id/units')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'setEmployeeUnits',
    summary: 'Set the units an account is an employee of (admins)',
    description:
      "An employee who is no member of a group reads the public version (confidential items left out) of its published documents: an APT's minnesanteckningar and protokoll once closed (or justerade, with the employer's justering), by the employees of the APT's unit; a samverkansgrupp's justerade protokoll, protokollsutdrag and minnesanteckningar, by every employee of the organisation (public records).",
  })
  @ApiOkResponse({ type: AccountDto })
  @ApiProblems({
    ...AUTH,
    400: [REQUEST_ERROR.INVALID],
    404: [IDENTITY_ERROR.ACCOUNT_NOT_FOUND],
    409: [ORGANISATION_ERROR.UNKNOWN_UNIT, ORGANISATION_ERROR.NOT_CREATED],
  })
  async setUnits(
    @Caller() principal: Principal,
    @Param('id', ParseUUIDPipe) accountId: string,
    @Body() body: SetEmployeeUnitsDto,
  ): Promise<AccountDto> {
    const account: Account = await this.commands.execute(
      new SetEmployeeUnitsCommand(principal, accountId, body.units),
    );
    return accountDto(account);
  }
}

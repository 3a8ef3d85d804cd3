import { Command } from '@nestjs/cqrs';
import type { Account, Principal } from '#libs/identity';

/**
 * Ties an account to the units it is an employee of (replacing the earlier list; [] for none): an
 * employee reads the public version of the published protocols and notes of their workplace.
 */
export class SetEmployeeUnitsCommand extends Command<Account> {
  constructor(
    readonly principal: Principal,
    readonly accountId: string,
    readonly unitIds: string[],
  ) {
    super();
  }
}

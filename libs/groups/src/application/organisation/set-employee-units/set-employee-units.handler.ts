import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { type Account, AccountService } from '#libs/identity';
import { organisationStream } from '#libs/shared-kernel';
import {
  organisationDecider,
  organisationError,
  requireKnownUnits,
} from '../../../domain/organisation/index.js';
import { requirePermission } from '../../access/access.js';
import { SetEmployeeUnitsCommand } from './set-employee-units.command.js';

/**
 * Not a command on a stream: who is employed where is account configuration, kept with the roles
 * (identity), so it changes no samverkan fact. The units are checked against the organisation here.
 */
@CommandHandler(SetEmployeeUnitsCommand)
export class SetEmployeeUnitsHandler implements ICommandHandler<SetEmployeeUnitsCommand> {
  constructor(
    private readonly reader: StreamReader,
    private readonly accounts: AccountService,
  ) {}

  async execute({ principal, accountId, unitIds }: SetEmployeeUnitsCommand): Promise<Account> {
    requirePermission(principal, 'organisation.manage');
    // An account of another tenant is one that does not exist here: 404 before anything else.
    await this.accounts.get(principal.tenantId, accountId);
    const { state } = await this.reader.load(organisationStream(principal.tenantId), organisationDecider);
    if (!state.created) throw organisationError.notCreated();
    return this.accounts.setUnits(principal.tenantId, accountId, requireKnownUnits(state, unitIds));
  }
}

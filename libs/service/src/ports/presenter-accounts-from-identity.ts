import { Injectable } from '@nestjs/common';
import { AccountService } from '#libs/identity';
import { PresenterAccounts } from '#libs/meetings';

/** The meetings context's PresenterAccounts port, answered from identity's accounts. */
@Injectable()
export class PresenterAccountsFromIdentity extends PresenterAccounts {
  constructor(private readonly accounts: AccountService) {
    super();
  }

  async withAccount(tenantId: string, personIds: readonly string[]): Promise<string[]> {
    const found = await Promise.all(personIds.map((id) => this.accounts.find(tenantId, id)));
    return personIds.filter((_id, index) => found[index] !== undefined);
  }
}

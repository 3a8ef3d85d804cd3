import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type FirstAdminSettings, ensureFirstAdmin, type IdentityDependencies } from './admin-bootstrap.js';

/**
 * Boot-time work of the identity module: the first admin from the environment, and the dummy
 * password hash made ahead (so the first failed login takes no longer than the others).
 * Runs after TypeORM has applied the migrations.
 */
export class IdentityBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly dependencies: IdentityDependencies,
    private readonly firstAdmin: FirstAdminSettings | undefined,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dependencies.hasher.warmUp();
    const result = await ensureFirstAdmin(this.dependencies, this.firstAdmin);
    switch (result.outcome) {
      case 'created':
        this.logger.log(
          `created the first admin ${result.account.email} in organisation ${result.account.tenantId}`,
        );
        break;
      case 'email-taken':
        this.logger.warn(
          `organisation ${result.account.tenantId} has no admin, and ADMIN_EMAIL ${result.account.email} ` +
            'belongs to an existing account, which was left unchanged; use the create-admin command',
        );
        break;
      case 'admin-exists':
      case 'not-configured':
        break;
    }
  }
}

import { Injectable } from '@nestjs/common';
import {
  type OrganisationCommand,
  organisationDecider,
  type OrganisationState,
} from '../../domain/organisation/index.js';
import { requirePermission } from '../access/access.js';
import { Clock, instantNow } from '../shared/clock.js';
import type { CommandContext } from '../shared/command-context.js';
import { CommandExecutor } from '../shared/command-executor.js';
import { organisationStream } from '../shared/streams.js';

export interface OrganisationChanged {
  organisationId: string;
  version: number;
}

/** The tenant's organisation stream, managed by its admins. The organisation id is the tenant id. */
@Injectable()
export class OrganisationCommandRunner {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async run(
    context: CommandContext,
    build: (organisationId: string, at: string, state: OrganisationState) => OrganisationCommand,
    createsStream = false,
  ): Promise<OrganisationChanged> {
    const { principal } = context;
    const organisationId = principal.tenantId;
    const { version } = await this.executor.execute({
      stream: organisationStream(organisationId),
      decider: organisationDecider,
      context,
      createsStream,
      command: ({ state }) => {
        requirePermission(principal, 'organisation.manage');
        return build(organisationId, instantNow(this.clock), state);
      },
    });
    return { organisationId, version };
  }
}

import { Injectable } from '@nestjs/common';
import { type FollowUpCommand, followUpDecider, type FollowUpState } from '../../domain/follow-up/index.js';
import type { Permission } from '../access/access-policy.js';
import { requirePermission } from '../access/access.js';
import { groupOf } from '../access/group-of.js';
import { Clock, instantNow } from '../shared/clock.js';
import type { CommandContext } from '../shared/command-context.js';
import { CommandExecutor } from '../shared/command-executor.js';
import { StreamReader } from '../shared/stream-reader.js';
import { followUpStream } from '../shared/streams.js';

export interface FollowUpChanged {
  followUpId: string;
  version: number;
}

/** Runs a command on an open follow-up, authorized against its group and its responsible person. */
@Injectable()
export class FollowUpCommandRunner {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: StreamReader,
    private readonly clock: Clock,
  ) {}

  async run(
    context: CommandContext,
    followUpId: string,
    permission: Permission,
    build: (state: FollowUpState, at: string) => FollowUpCommand | Promise<FollowUpCommand>,
  ): Promise<FollowUpChanged> {
    const { principal } = context;
    const { version } = await this.executor.execute({
      stream: followUpStream(principal.tenantId, followUpId),
      decider: followUpDecider,
      context,
      command: async ({ state }) => {
        const group = await groupOf(this.reader, principal.tenantId, state.groupId);
        requirePermission(principal, permission, { group, followUp: state });
        return build(state, instantNow(this.clock));
      },
    });
    return { followUpId, version };
  }
}

import { Injectable } from '@nestjs/common';
import { type GroupCommand, groupDecider, type GroupState } from '../../domain/group/index.js';
import { requirePermission } from '../access/access.js';
import { Clock, instantNow } from '../shared/clock.js';
import type { CommandContext } from '../shared/command-context.js';
import { CommandExecutor } from '../shared/command-executor.js';
import { groupStream } from '../shared/streams.js';

export interface GroupChanged {
  groupId: string;
  version: number;
}

/** Runs an admin's command on a group stream (creating it, or changing its members). */
@Injectable()
export class GroupCommandRunner {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async run(
    context: CommandContext,
    groupId: string,
    build: (state: GroupState, at: string) => GroupCommand | Promise<GroupCommand>,
    createsStream = false,
  ): Promise<GroupChanged> {
    const { principal } = context;
    const { version } = await this.executor.execute({
      stream: groupStream(principal.tenantId, groupId),
      decider: groupDecider,
      context,
      createsStream,
      command: ({ state }) => {
        requirePermission(principal, 'group.manage', createsStream ? {} : { group: state });
        return build(state, instantNow(this.clock));
      },
    });
    return { groupId, version };
  }
}

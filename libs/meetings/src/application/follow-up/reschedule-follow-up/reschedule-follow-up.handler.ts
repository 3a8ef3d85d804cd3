import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { FOLLOW_UP } from '../../shared/aggregates.js';
import type { FollowUpChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { RescheduleFollowUpCommand } from './reschedule-follow-up.command.js';

@CommandHandler(RescheduleFollowUpCommand)
export class RescheduleFollowUpHandler implements ICommandHandler<RescheduleFollowUpCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, followUpId, change }: RescheduleFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.manage',
      build: ({ at }) => ({ type: 'RescheduleFollowUp', data: { followUpId, ...change, at } }),
    });
    return { followUpId, version };
  }
}

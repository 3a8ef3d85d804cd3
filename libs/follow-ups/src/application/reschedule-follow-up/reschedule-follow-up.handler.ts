import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import { type FollowUpChanged, personOf } from '#libs/shared-kernel';
import { FOLLOW_UP } from '../aggregate.js';
import { RescheduleFollowUpCommand } from './reschedule-follow-up.command.js';

@CommandHandler(RescheduleFollowUpCommand)
export class RescheduleFollowUpHandler implements ICommandHandler<RescheduleFollowUpCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, followUpId, change }: RescheduleFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.manage',
      build: ({ at }) => ({
        type: 'RescheduleFollowUp',
        data: { followUpId, ...change, by: personOf(context.principal), at },
      }),
    });
    return { followUpId, version };
  }
}

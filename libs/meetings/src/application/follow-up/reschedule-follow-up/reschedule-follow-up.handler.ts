import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type FollowUpChanged, FollowUpCommandRunner } from '../follow-up-command-runner.js';
import { RescheduleFollowUpCommand } from './reschedule-follow-up.command.js';

@CommandHandler(RescheduleFollowUpCommand)
export class RescheduleFollowUpHandler implements ICommandHandler<RescheduleFollowUpCommand> {
  constructor(private readonly followUps: FollowUpCommandRunner) {}

  execute({ context, followUpId, change }: RescheduleFollowUpCommand): Promise<FollowUpChanged> {
    return this.followUps.run(context, followUpId, 'follow-up.manage', (_, at) => ({
      type: 'RescheduleFollowUp',
      data: { followUpId, ...change, at },
    }));
  }
}

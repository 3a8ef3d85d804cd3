import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type FollowUpChanged, FollowUpCommandRunner } from '../follow-up-command-runner.js';
import { CancelFollowUpCommand } from './cancel-follow-up.command.js';

@CommandHandler(CancelFollowUpCommand)
export class CancelFollowUpHandler implements ICommandHandler<CancelFollowUpCommand> {
  constructor(private readonly followUps: FollowUpCommandRunner) {}

  execute({ context, followUpId, reason }: CancelFollowUpCommand): Promise<FollowUpChanged> {
    return this.followUps.run(context, followUpId, 'follow-up.manage', (_, at) => ({
      type: 'CancelFollowUp',
      data: { followUpId, reason, at },
    }));
  }
}

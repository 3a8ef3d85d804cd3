import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { definedOnly } from '../../../domain/shared/index.js';
import { type FollowUpChanged, FollowUpCommandRunner } from '../follow-up-command-runner.js';
import { CompleteFollowUpCommand } from './complete-follow-up.command.js';

@CommandHandler(CompleteFollowUpCommand)
export class CompleteFollowUpHandler implements ICommandHandler<CompleteFollowUpCommand> {
  constructor(private readonly followUps: FollowUpCommandRunner) {}

  execute({ context, followUpId, note }: CompleteFollowUpCommand): Promise<FollowUpChanged> {
    return this.followUps.run(context, followUpId, 'follow-up.report', (_, at) => ({
      type: 'CompleteFollowUp',
      data: definedOnly({ followUpId, note, at }),
    }));
  }
}

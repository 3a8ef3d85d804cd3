import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import { type FollowUpChanged, personOf } from '#libs/shared-kernel';
import { FOLLOW_UP } from '../aggregate.js';
import { CancelFollowUpCommand } from './cancel-follow-up.command.js';

@CommandHandler(CancelFollowUpCommand)
export class CancelFollowUpHandler implements ICommandHandler<CancelFollowUpCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, followUpId, reason }: CancelFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.manage',
      build: ({ at }) => ({
        type: 'CancelFollowUp',
        data: { followUpId, reason, by: personOf(context.principal), at },
      }),
    });
    return { followUpId, version };
  }
}

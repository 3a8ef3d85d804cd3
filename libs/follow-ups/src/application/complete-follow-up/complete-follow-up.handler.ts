import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import { definedOnly, personOf } from '#libs/shared-kernel';
import type { FollowUpChanged } from '#libs/shared-kernel';
import { FOLLOW_UP } from '../aggregate.js';
import { CompleteFollowUpCommand } from './complete-follow-up.command.js';

@CommandHandler(CompleteFollowUpCommand)
export class CompleteFollowUpHandler implements ICommandHandler<CompleteFollowUpCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, followUpId, note }: CompleteFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.report',
      build: ({ at }) => ({
        type: 'CompleteFollowUp',
        data: definedOnly({ followUpId, note, by: personOf(context.principal), at }),
      }),
    });
    return { followUpId, version };
  }
}

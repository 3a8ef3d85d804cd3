import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { definedOnly } from '../../../domain/shared/index.js';
import { FOLLOW_UP } from '../../shared/aggregates.js';
import type { FollowUpChanged } from '../../shared/changed.js';
import { CommandRunner } from '../../shared/command-runner.js';
import { CompleteFollowUpCommand } from './complete-follow-up.command.js';

@CommandHandler(CompleteFollowUpCommand)
export class CompleteFollowUpHandler implements ICommandHandler<CompleteFollowUpCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, followUpId, note }: CompleteFollowUpCommand): Promise<FollowUpChanged> {
    const { version } = await this.runner.for(FOLLOW_UP).run(context, followUpId, {
      permission: 'follow-up.report',
      build: ({ at }) => ({ type: 'CompleteFollowUp', data: definedOnly({ followUpId, note, at }) }),
    });
    return { followUpId, version };
  }
}

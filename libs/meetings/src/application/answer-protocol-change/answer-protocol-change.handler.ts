import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { personOf } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { AnswerProtocolChangeCommand } from './answer-protocol-change.command.js';

@CommandHandler(AnswerProtocolChangeCommand)
export class AnswerProtocolChangeHandler implements ICommandHandler<AnswerProtocolChangeCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, answer }: AnswerProtocolChangeCommand): Promise<MeetingChanged> {
    // Who answers is the caller; the decider checks they act as sekreterare or ordförande.
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) =>
        meetingCommand('AnswerProtocolChangeProposal', meetingId, at, {
          answeredBy: personOf(context.principal),
          ...answer,
        }),
    });
    return { meetingId, version };
  }
}

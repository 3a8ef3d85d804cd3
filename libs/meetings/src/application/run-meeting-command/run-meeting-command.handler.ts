import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { MEETING } from '../aggregate.js';
import { followUpsMadeConfidential } from '../mark-item-confidential/follow-ups-made-confidential.js';
import { type PlainMeetingCommandType, RunMeetingCommand } from './run-meeting-command.js';

@CommandHandler(RunMeetingCommand)
export class RunMeetingCommandHandler implements ICommandHandler<RunMeetingCommand<PlainMeetingCommandType>> {
  constructor(private readonly runner: CommandRunner) {}

  async execute(command: RunMeetingCommand<PlainMeetingCommandType>): Promise<MeetingChanged> {
    const { meetingId } = command;
    const { version } = await this.runner.for(MEETING).run(command.context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) => command.toCommand(at),
      alongside: ({ state, events }) =>
        followUpsMadeConfidential(this.runner, command.context, state, events),
    });
    return { meetingId, version };
  }
}

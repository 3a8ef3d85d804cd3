import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type GroupState, protocolFormOf } from '#libs/groups';
import type { MeetingCommand } from '../../domain/index.js';
import type { MeetingChanged } from '#libs/shared-kernel';
import { MEETING } from '../aggregate.js';
import { type Numbering, numberAtClosing } from '../close-meeting/number-at-closing.js';
import { followUpsMadeConfidential } from '../mark-item-confidential/follow-ups-made-confidential.js';
import { returningFollowUpHandled } from '../report-follow-up/returning-follow-up-handled.js';
import { type PlainMeetingCommandType, RunMeetingCommand } from './run-meeting-command.js';

@CommandHandler(RunMeetingCommand)
export class RunMeetingCommandHandler implements ICommandHandler<RunMeetingCommand<PlainMeetingCommandType>> {
  constructor(private readonly runner: CommandRunner) {}

  async execute(command: RunMeetingCommand<PlainMeetingCommandType>): Promise<MeetingChanged> {
    const { meetingId, context } = command;
    // What the attempt under way decided on the group: the number a closing meeting takes.
    let numbering: Numbering | undefined;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      // An Idempotency-Key is matched against the request as sent, not the command built from it:
      // a closing's number and form are read from the group, and a retry of a closing that went
      // through would otherwise be "another request" (422) instead of the first answer.
      request: { type: command.type, meetingId, payload: command.payload },
      build: async ({ at, facts, state }) => {
        const decided = withGroupForm(command.toCommand(at), facts.group);
        if (decided.type !== 'CloseMeeting') return decided;
        numbering = await numberAtClosing(this.runner, context, state);
        if (!numbering) return decided;
        return { ...decided, data: { ...decided.data, protocolNumber: numbering.protocolNumber } };
      },
      alongside: async ({ state, events }) => [
        ...(numbering === undefined ? [] : [numbering.append]),
        ...(await followUpsMadeConfidential(this.runner, context, state, events)),
        ...(await returningFollowUpHandled(this.runner, context, state, events)),
      ],
    });
    return { meetingId, version };
  }
}

/** Closing numbers the §§ by the group's protocol form, read here with the group, and records it. */
function withGroupForm<C extends MeetingCommand>(command: C, group: GroupState | undefined): C {
  if (command.type !== 'CloseMeeting' || !group) return command;
  return { ...command, data: { ...command.data, form: protocolFormOf(group) } };
}

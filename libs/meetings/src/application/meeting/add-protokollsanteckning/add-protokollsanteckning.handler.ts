import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isAllowed } from '../../access/access-policy.js';
import { membershipOf } from '../../access/membership-of.js';
import { type MeetingChanged, MeetingCommandRunner } from '../meeting-command-runner.js';
import { AddProtokollsanteckningCommand } from './add-protokollsanteckning.command.js';

@CommandHandler(AddProtokollsanteckningCommand)
export class AddProtokollsanteckningHandler implements ICommandHandler<AddProtokollsanteckningCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, payload }: AddProtokollsanteckningCommand): Promise<MeetingChanged> {
    const { principal } = context;
    const { version } = await this.meetings.run(
      context,
      meetingId,
      (meeting, at, group) => {
        // The ordförande and sekreterare keep the protocol and record for any party, present or
        // not; anyone else let through is a union representative speaking for their own
        // organisation, which the decider checks is at the meeting.
        const keepsTheProtocol = isAllowed(principal, 'meeting.run', { group, meeting });
        const base = { meetingId, ...payload, at };
        return {
          type: 'AddProtokollsanteckning',
          data: keepsTheProtocol ? base : { ...base, enteredBy: membershipOf(principal, group).person },
        };
      },
      'meeting.annotate',
      // The policy lets a union member act only for the party they sit for.
      { party: payload.party },
    );
    return { meetingId, version };
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isAllowed, membershipOf, CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { AddProtokollsanteckningCommand } from './add-protokollsanteckning.command.js';

@CommandHandler(AddProtokollsanteckningCommand)
export class AddProtokollsanteckningHandler implements ICommandHandler<AddProtokollsanteckningCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, payload }: AddProtokollsanteckningCommand): Promise<MeetingChanged> {
    const { principal } = context;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.annotate',
      // The policy lets a union member act only for the party they sit for.
      requestFacts: { party: payload.party },
      build: ({ at, facts: { group, meeting } }) => {
        // The ordförande and sekreterare keep the protocol and record for any party, present or
        // not; anyone else let through is a union representative speaking for their own
        // organisation, which the decider checks is at the meeting.
        const keepsTheProtocol = isAllowed(principal, 'meeting.run', { group, meeting });
        return meetingCommand(
          'AddProtokollsanteckning',
          meetingId,
          at,
          keepsTheProtocol ? payload : { ...payload, enteredBy: membershipOf(principal, group).person },
        );
      },
    });
    return { meetingId, version };
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { personOf } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { RequestJusteringCommand } from './request-justering.command.js';

/** Days from the request to the last date when the secretary names none (issue 13: "default 7 days"). */
export const DEFAULT_JUSTERING_DAYS = 7;

@CommandHandler(RequestJusteringCommand)
export class RequestJusteringHandler implements ICommandHandler<RequestJusteringCommand> {
  constructor(private readonly runner: CommandRunner) {}

  async execute({ context, meetingId, request }: RequestJusteringCommand): Promise<MeetingChanged> {
    // Who asks is the caller; the decider checks they act as sekreterare or ordförande in this meeting.
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) =>
        meetingCommand('RequestJustering', meetingId, at, {
          requestedBy: personOf(context.principal),
          defaultDays: DEFAULT_JUSTERING_DAYS,
          ...request,
        }),
    });
    return { meetingId, version };
  }
}

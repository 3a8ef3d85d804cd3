import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { CommandRunner, justeringDaysOf } from '#libs/groups';
import type { MeetingChanged } from '#libs/shared-kernel';
import { personOf } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { RequestJusteringCommand } from './request-justering.command.js';

@CommandHandler(RequestJusteringCommand)
export class RequestJusteringHandler implements ICommandHandler<RequestJusteringCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
  ) {}

  async execute({ context, meetingId, request }: RequestJusteringCommand): Promise<MeetingChanged> {
    // A request that names no last date gets the organisation's days (issue 13: "default 7 days");
    // one that names a date does not read the organisation.
    const defaultDays =
      request.lastDate === undefined ? await justeringDaysOf(this.reader, context.principal.tenantId) : 0;
    // Who asks is the caller; the decider checks they act as sekreterare or ordförande in this meeting.
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      build: ({ at }) =>
        meetingCommand('RequestJustering', meetingId, at, {
          requestedBy: personOf(context.principal),
          defaultDays,
          ...request,
        }),
    });
    return { meetingId, version };
  }
}

import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import { StreamReader } from '#libs/event-store';
import { GroupDirectory } from '#libs/groups';
import { archivableMeeting } from './archivable-meeting.js';
import { MayArchiveMeetingQuery } from './may-archive.query.js';

@QueryHandler(MayArchiveMeetingQuery)
export class MayArchiveMeetingHandler implements IQueryHandler<MayArchiveMeetingQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ principal, meetingId }: MayArchiveMeetingQuery): Promise<boolean> {
    try {
      await archivableMeeting(this.reader, this.directory, principal, meetingId);
      return true;
    } catch (error) {
      // Not allowed, not there, not justerat: no link. Anything else still fails the page.
      if (error instanceof DomainError && ['forbidden', 'not_found', 'conflict'].includes(error.kind))
        return false;
      throw error;
    }
  }
}

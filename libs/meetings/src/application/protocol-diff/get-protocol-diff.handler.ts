import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader, toDomainEvent } from '#libs/event-store';
import { GroupDirectory, groupOf, requirePermission } from '#libs/groups';
import { meetingStream } from '#libs/shared-kernel';
import { latestRevision, meetingError, type MeetingEvent } from '../../domain/index.js';
import { findLiveAgenda } from '../../projections/carry-over/index.js';
import { hiddenItemsFor } from '../get-meeting/confidential-items.js';
import { GetProtocolDiffQuery } from './get-protocol-diff.query.js';
import { protocolDiff, type ProtocolDiff } from './protocol-diff.js';
import { currentState, revisionStates } from './revision-states.js';

@QueryHandler(GetProtocolDiffQuery)
export class GetProtocolDiffHandler implements IQueryHandler<GetProtocolDiffQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ principal, meetingId, from, to, all }: GetProtocolDiffQuery): Promise<ProtocolDiff> {
    const stored = await this.reader.history(meetingStream(principal.tenantId, meetingId));
    const events = stored.map((event) => toDomainEvent<MeetingEvent>(event));
    const state = currentState(events);
    // A meeting that does not exist reads as one the caller may not see (the history's rule).
    const group = await groupOf(this.directory, principal.tenantId, state.groupId);
    requirePermission(principal, 'meeting.read', { group, meeting: state });
    const states = revisionStates(events);
    const earlier = states.get(from);
    const later = states.get(to);
    if (!earlier) throw meetingError.revisionNotFound(from, latestRevision(state));
    if (!later) throw meetingError.revisionNotFound(to, latestRevision(state));
    const live = await findLiveAgenda(this.dataSource.manager, principal.tenantId, state);
    const hidden = hiddenItemsFor(principal, group, state, live);
    return protocolDiff(
      meetingId,
      { revision: from, state: earlier },
      { revision: to, state: later },
      hidden,
      all,
    );
  }
}

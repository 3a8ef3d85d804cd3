import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { followUpDecider } from '../../../domain/follow-up/index.js';
import { requirePermission } from '../../access/access.js';
import { groupOf } from '../../access/group-of.js';
import { StreamReader } from '#libs/event-store';
import { followUpStream } from '../../shared/streams.js';
import { GetFollowUpQuery, type FollowUpView } from './get-follow-up.query.js';

@QueryHandler(GetFollowUpQuery)
export class GetFollowUpHandler implements IQueryHandler<GetFollowUpQuery> {
  constructor(private readonly reader: StreamReader) {}

  async execute({ principal, followUpId }: GetFollowUpQuery): Promise<FollowUpView> {
    const { state, version } = await this.reader.loadExisting(
      followUpStream(principal.tenantId, followUpId),
      followUpDecider,
    );
    const group = await groupOf(this.reader, principal.tenantId, state.groupId);
    requirePermission(principal, 'follow-up.read', { group, followUp: state });
    return { ...state, followUpId, version, status: state.status === 'not_opened' ? 'open' : state.status };
  }
}

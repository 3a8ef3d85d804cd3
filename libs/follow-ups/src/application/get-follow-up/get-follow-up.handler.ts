import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { requirePermission, GroupDirectory, groupOf, seesConfidentialItems } from '#libs/groups';
import { followUpStream } from '#libs/shared-kernel';
import { followUpDecider } from '../../domain/index.js';
import { withoutConfidentialContent } from '../confidential-follow-ups.js';
import { followUpView, type FollowUpView } from './follow-up-view.js';
import { GetFollowUpQuery } from './get-follow-up.query.js';

@QueryHandler(GetFollowUpQuery)
export class GetFollowUpHandler implements IQueryHandler<GetFollowUpQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ principal, followUpId }: GetFollowUpQuery): Promise<FollowUpView> {
    const { state, version } = await this.reader.loadExisting(
      followUpStream(principal.tenantId, followUpId),
      followUpDecider,
    );
    const group = await groupOf(this.directory, principal.tenantId, state.groupId);
    requirePermission(principal, 'follow-up.read', { group, followUp: state });
    return withoutConfidentialContent(
      followUpView(state, followUpId, version),
      seesConfidentialItems(principal, group),
    );
  }
}

import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { Clock, groupStream, stockholmDate } from '#libs/shared-kernel';
import { groupDecider } from '../../../domain/group/index.js';
import { GroupDirectory } from '../group-directory.js';
import { requirePermission } from '../../access/access.js';
import { GetGroupQuery } from './get-group.query.js';
import { GroupMeetingRecordsQuery } from './group-meeting-records.query.js';
import { groupView, type GroupView } from './group-view.js';
import { skyddskommitteView } from './skyddskommitte-view.js';

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ principal, groupId }: GetGroupQuery): Promise<GroupView> {
    // From the groups read model, exact to the moment (a row behind its stream is folded): the
    // group stream grows with every meeting, and its page is read far more often than it changes.
    const [listed] = await this.directory.groupsById(principal.tenantId, [groupId]);
    const { state, version } =
      listed ?? (await this.reader.loadExisting(groupStream(principal.tenantId, groupId), groupDecider));
    requirePermission(principal, 'group.read', { group: state });
    if (!state.actsAsSkyddskommitte) return groupView(state, version);
    // The meetings context answers (a port): this context knows its meetings only by id.
    const meetings = await this.queries.execute(
      new GroupMeetingRecordsQuery(principal.tenantId, groupId, state.meetingIds),
    );
    const today = stockholmDate(this.clock.now().toISOString());
    return groupView(state, version, skyddskommitteView(meetings, today));
  }
}

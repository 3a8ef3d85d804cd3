import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { GroupView } from '../get-group/group-view.js';

/**
 * The groups the caller sits in, by name in Swedish order, whatever else they may read: Min sida's
 * "Mina grupper". Looked up by person in the memberships read model, so an admin or HR (who may
 * read every group) does not read the tenant's thousands of groups to find their own few.
 */
export class ListMyGroupsQuery extends Query<GroupView[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { GroupView } from '../get-group/group-view.js';

/** The groups the caller may read: all of the tenant's for admins and HR, their own for members. */
export class ListGroupsQuery extends Query<GroupView[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { GroupListKey } from '../../../projections/groups/index.js';
import type { GroupView } from '../get-group/group-view.js';

/** A page of the list: at most `limit` groups after `after`, by name then id. */
export interface GroupListPage {
  after?: GroupListKey;
  limit: number;
}

/**
 * The groups the caller may read: all of the tenant's for admins and HR, their own for members.
 * Without `page` every one of them, by name in Swedish order (for the web pages that show them
 * all); with it, one page in the list's keyset order (by name, then id, as the database orders).
 */
export class ListGroupsQuery extends Query<GroupView[]> {
  constructor(
    readonly principal: Principal,
    readonly page?: GroupListPage,
  ) {
    super();
  }
}

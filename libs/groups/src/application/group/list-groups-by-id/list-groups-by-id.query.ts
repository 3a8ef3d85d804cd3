import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { GroupView } from '../get-group/group-view.js';

/**
 * Some groups by id, of those the caller may read (the others, and ids without a group, are left
 * out): the groups above those of a page of the list, whose names a page shows.
 */
export class ListGroupsByIdQuery extends Query<GroupView[]> {
  constructor(
    readonly principal: Principal,
    readonly groupIds: readonly string[],
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { GroupView } from './group-view.js';

/** A group with its members and meetings: for its members, HR and admins. */
export class GetGroupQuery extends Query<GroupView> {
  constructor(
    readonly principal: Principal,
    readonly groupId: string,
  ) {
    super();
  }
}

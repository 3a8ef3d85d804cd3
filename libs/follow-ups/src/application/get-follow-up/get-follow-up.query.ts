import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { FollowUpView } from './follow-up-view.js';

export type { FollowUpView } from './follow-up-view.js';

/** A follow-up with its reports: for its group's members, its responsible and HR. */
export class GetFollowUpQuery extends Query<FollowUpView> {
  constructor(
    readonly principal: Principal,
    readonly followUpId: string,
  ) {
    super();
  }
}

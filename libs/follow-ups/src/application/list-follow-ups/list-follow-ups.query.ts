import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { FollowUpFilter, FollowUpRow } from '../../projections/follow-ups/follow-ups.query.js';

/**
 * Follow-ups with filters, from the follow-ups read model. HR sees the whole organisation; anyone
 * else sees the follow-ups of the groups they are a member of and the ones they are responsible for.
 */
export class ListFollowUpsQuery extends Query<FollowUpRow[]> {
  constructor(
    readonly principal: Principal,
    readonly filter: Omit<FollowUpFilter, 'visibleTo'>,
  ) {
    super();
  }
}

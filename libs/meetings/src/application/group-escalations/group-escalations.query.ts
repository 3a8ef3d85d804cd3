import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { EscalationOverview } from '../../domain/index.js';

/** A group's escalations in and out that are not settled yet, for one who may read the group. */
export class GroupEscalationsQuery extends Query<EscalationOverview> {
  constructor(
    readonly principal: Principal,
    readonly groupId: string,
  ) {
    super();
  }
}

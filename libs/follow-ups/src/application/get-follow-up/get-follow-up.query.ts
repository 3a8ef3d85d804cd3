import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { FollowUpState } from '../../domain/index.js';

export interface FollowUpView extends Omit<FollowUpState, 'status'> {
  followUpId: string;
  version: number;
  status: 'open' | 'completed' | 'cancelled';
}

/** A follow-up with its reports: for its group's members, its responsible and HR. */
export class GetFollowUpQuery extends Query<FollowUpView> {
  constructor(
    readonly principal: Principal,
    readonly followUpId: string,
  ) {
    super();
  }
}

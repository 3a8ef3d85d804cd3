import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { ProtocolDiff } from './protocol-diff.js';

/** Two revisions of a meeting's protocol compared per §, for those who may read the meeting. */
export class GetProtocolDiffQuery extends Query<ProtocolDiff> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
    readonly from: number,
    readonly to: number,
    readonly all = false,
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Principal } from '#libs/identity';
import type { OverviewOptions } from '../../projections/follow-up-overview/index.js';

/** What the overview's filters can name for this reader (the page's lists). */
export class GetOverviewOptionsQuery extends Query<OverviewOptions> {
  constructor(
    readonly principal: Principal,
    /** At most this many people (a large organisation has thousands: then the names in the table filter). */
    readonly peopleLimit = 300,
  ) {
    super();
  }
}

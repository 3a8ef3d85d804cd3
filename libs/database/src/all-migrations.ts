import { EventStore1732250000000, StreamActivity1732250000001 } from '#libs/event-store';
import { Identity1732260000000 } from '#libs/identity';
import { Documents1732280000000, FollowUps1732270000000 } from '#libs/meetings';

/**
 * Every migration of the service, oldest first. The API and worker processes, the rebuild
 * script and the test databases all take the list from here, so none can miss one.
 * Add each new migration class at the end.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const ALL_MIGRATIONS: Function[] = [
  EventStore1732250000000,
  StreamActivity1732250000001,
  Identity1732260000000,
  FollowUps1732270000000,
  Documents1732280000000,
];

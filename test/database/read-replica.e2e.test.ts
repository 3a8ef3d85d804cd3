import { describeReadReplica } from './read-replica-scenario.js';
import { copyOfStoppedPrimary, startReplicaPair } from './replica-pair.js';

/**
 * The read-replica scenario (read-replica-scenario.ts) on a primary and a standby both run from
 * the npm package's PostgreSQL 17, which has no pg_basebackup: the standby is a file copy of the
 * stopped primary. The same scenario with a standby made by pg_basebackup is
 * read-replica-basebackup.system.test.ts.
 */
describeReadReplica('reading from a streaming replica (DATABASE_READ_URL), standby a file copy', () =>
  startReplicaPair(copyOfStoppedPrimary),
);

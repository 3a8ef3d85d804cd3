import {
  AppendEarlyRefusal1732364000000,
  EventMetadataWithoutFingerprint1732367000000,
  AppendToStreams1732300000600,
  CommandFingerprints1732300000500,
  EventStore1732250000000,
  EventStorePrivileges1732290000001,
  ProjectionHalts1732300000300,
  Snapshots1732366000000,
  StreamActivity1732250000001,
  StreamsByType1732370000000,
} from '#libs/event-store';
import {
  FollowUpCalendarFeeds1732355000100,
  FollowUpConfidentiality1732300000700,
  FollowUpListIndexes1732368000000,
  FollowUpOverview1732355000000,
  FollowUps1732270000000,
} from '#libs/follow-ups';
import {
  EmployeeUnits1732300000800,
  Identity1732260000000,
  IdentityProviders1732362000000,
  LoginThrottle1732300000400,
} from '#libs/identity';
import { Documents1732280000000, IssuedCopies1732360000000 } from '#libs/meeting-documents';
import {
  CarryOver1732310000000,
  Meetings1732345000000,
  MeetingsJusterare1732357000000,
  MeetingsJusteringLastDate1732358000000,
} from '#libs/meetings';
import {
  GroupListIndex1732369000000,
  Groups1732320000000,
  GroupsMeetingIds1732325000000,
  Memberships1732363000000,
} from '#libs/groups';
import { MailOutbox1732350000000, MailRecipients1732351000000 } from '#libs/mail';
import { Invitations1732352000000 } from '#libs/invitations';
import { JusteringReminders1732358000100, Reminders1732353000000 } from '#libs/reminders';
import { DatabaseRoles1732290000000 } from './migrations/1732290000000-database-roles.migration.js';

/**
 * Every migration of the service, oldest first. The API and worker processes, the rebuild
 * script and the test databases all take the list from here, so none can miss one.
 * Add each new migration class at the end: it runs as the owner role (see migrateDatabase).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const ALL_MIGRATIONS: Function[] = [
  EventStore1732250000000,
  StreamActivity1732250000001,
  Identity1732260000000,
  FollowUps1732270000000,
  Documents1732280000000,
  DatabaseRoles1732290000000,
  EventStorePrivileges1732290000001,
  ProjectionHalts1732300000300,
  LoginThrottle1732300000400,
  CommandFingerprints1732300000500,
  AppendToStreams1732300000600,
  FollowUpConfidentiality1732300000700,
  EmployeeUnits1732300000800,
  CarryOver1732310000000,
  Groups1732320000000,
  GroupsMeetingIds1732325000000,
  Meetings1732345000000,
  MailOutbox1732350000000,
  MailRecipients1732351000000,
  Invitations1732352000000,
  Reminders1732353000000,
  FollowUpOverview1732355000000,
  FollowUpCalendarFeeds1732355000100,
  MeetingsJusterare1732357000000,
  MeetingsJusteringLastDate1732358000000,
  JusteringReminders1732358000100,
  IssuedCopies1732360000000,
  IdentityProviders1732362000000,
  Memberships1732363000000,
  AppendEarlyRefusal1732364000000,
  Snapshots1732366000000,
  EventMetadataWithoutFingerprint1732367000000,
  FollowUpListIndexes1732368000000,
  GroupListIndex1732369000000,
  StreamsByType1732370000000,
];

/** The migration that creates the roles: it and those before it run as the configured user. */
export const ROLES_MIGRATION = DatabaseRoles1732290000000;

export * from './all-migrations.js';
export * from './data-source.js';
export {
  APP_DATABASE,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
  type StartupLog,
} from './embedded-postgres.js';
export { startEmbeddedPostgres } from './embedded-postgres.js';
export type { PostgresBinaries } from './postgres-binaries.js';
export { embeddedServerHealth, type EmbeddedServerHealth } from './postmaster-watchdog.js';
export * from './pg-pool.js';
export * from './resolve-database.js';
export * from './typeorm-logger.js';
export * from './migrate-database.js';
export * from './app-login.js';
export * from './database-roles.js';
export { DatabaseRoles1732290000000 } from './migrations/1732290000000-database-roles.migration.js';
export { writeBackup, type BackupSummary } from './backup/write-backup.js';
export { restoreBackup, type RestoreSummary } from './backup/restore-backup.js';
export type { BackupHeader } from './backup/backup-format.js';
export * from './replica/index.js';

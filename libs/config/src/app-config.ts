import { resolve } from 'node:path';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { BooleanWord, FromEnv, IntegerFrom, OneOf, PostgresUrl, Secret } from './setting-decorators.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const SMTP_TLS_MODES = ['implicit', 'required', 'opportunistic', 'off'] as const;
export type SmtpTlsMode = (typeof SMTP_TLS_MODES)[number];

/**
 * The service's whole configuration, read from the environment by loadConfig() and provided to
 * Nest under this class as the injection token. Initialisers are the defaults.
 */
export class AppConfig {
  @FromEnv('PORT')
  @IntegerFrom(1, 65535)
  port = 3000;

  @FromEnv('HOST')
  @Matches(/^\S+$/, { message: 'must be a host name or address' })
  host = '127.0.0.1';

  /** Unset means: run the embedded PostgreSQL under dataDir. */
  @FromEnv('DATABASE_URL')
  @IsOptional()
  @PostgresUrl()
  databaseUrl?: string;

  /**
   * How the service's pools log in (README, "Database roles"). Unset: as `<database>_app` on the
   * server and database of DATABASE_URL (or the embedded one), with the password below.
   */
  @FromEnv('DATABASE_APP_URL')
  @IsOptional()
  @PostgresUrl()
  databaseAppUrl?: string;

  /**
   * The application role's password, set on it at every start. Unset: derived from DATABASE_URL's
   * password (none when that has none). Printable ASCII, where SCRAM's SASLprep changes nothing.
   */
  @FromEnv('DATABASE_APP_PASSWORD')
  @Secret()
  @IsOptional()
  @Matches(/^[\x21-\x7e]{12,}$/, { message: 'must be at least 12 printable ASCII characters, no spaces' })
  databaseAppPassword?: string;

  /** Absolute, so a later chdir (or the postgres child's own cwd) cannot move it. */
  @FromEnv('DATA_DIR')
  @Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? resolve(value) : value))
  @IsString({ message: 'must be a folder path' })
  @Matches(/\S/, { message: 'must be a folder path' })
  dataDir = resolve('./data');

  @FromEnv('EMBEDDED_PG_PORT')
  @IntegerFrom(1, 65535)
  embeddedPgPort = 54329;

  @FromEnv('WORKER_IN_PROCESS')
  @BooleanWord()
  workerInProcess = true;

  @FromEnv('LOG_LEVEL')
  @OneOf(LOG_LEVELS)
  logLevel: LogLevel = 'info';

  /**
   * A streaming replica of DATABASE_URL's server for the API's reads (README, "Reading from a
   * replica"). Its host, port, database and query options are used with the app login's user and
   * password: a physical replica has the primary's roles. Unset: every read goes to the primary.
   */
  @FromEnv('DATABASE_READ_URL')
  @IsOptional()
  @PostgresUrl()
  databaseReadUrl?: string;

  /**
   * How long a caller's read waits for the replica to replay that caller's last write before it
   * is served by the primary instead (read-your-writes). 0: such a read goes to the primary at once.
   */
  @FromEnv('REPLICA_WAIT_MS')
  @IntegerFrom(0, 30000)
  replicaWaitMs = 2000;

  @FromEnv('DB_POOL_SIZE')
  @IntegerFrom(1, 100)
  dbPoolSize = 10;

  @FromEnv('PROJECTION_BATCH_SIZE')
  @IntegerFrom(1, 10000)
  projectionBatchSize = 500;

  @FromEnv('PROJECTION_POLL_MS')
  @IntegerFrom(10, 60000)
  projectionPollMs = 100;

  /** Woken by an append, a projection waits this long before it reads (appends of a busy moment in one batch). */
  @FromEnv('PROJECTION_GATHER_MS')
  @IntegerFrom(0, 1000)
  projectionGatherMs = 20;

  /**
   * How often the worker's reminder sweep looks for follow-up reminders that are due (issue 12):
   * a sweep reads only the follow-ups due that day, so a minute costs little.
   */
  @FromEnv('REMINDER_SWEEP_MS')
  @IntegerFrom(1000, 86_400_000)
  reminderSweepMs = 60_000;

  /**
   * The host name in the UID of every kallelse invitation (`<meetingId>@<domain>`). Keep it fixed
   * once invitations are out: a calendar matches updates and cancellations by UID.
   */
  @FromEnv('CALENDAR_DOMAIN')
  @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
    message: 'must be a lower-case host name such as samverkan.example.se',
  })
  calendarDomain = 'samverkan.localhost';

  /**
   * The most rows one CSV export of HR's follow-up overview may hold; a filter that matches more is
   * refused (400 FOLLOW_UP.EXPORT_TOO_LARGE) before anything is written. The export is streamed in
   * batches, so the limit is about what a spreadsheet opens, not about the service's memory.
   */
  @FromEnv('FOLLOW_UP_EXPORT_MAX_ROWS')
  @IntegerFrom(1, 10_000_000)
  followUpExportMaxRows = 500_000;

  /**
   * Which proxies in front of the service to believe about the client's address (X-Forwarded-For),
   * which the login throttle counts per address: Express's 'trust proxy' as a number of hops or a
   * comma-separated list of addresses, subnets or loopback, linklocal, uniquelocal. Unset: none,
   * the address is the TCP peer's; a client cannot then dodge the throttle with a header of its own.
   */
  @FromEnv('TRUST_PROXY')
  @IsOptional()
  @Matches(
    /^([1-9]|(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?))*)$/i,
    {
      message:
        'must be a number of proxies (1–9) or a comma-separated list of addresses, subnets or loopback',
    },
  )
  trustProxy?: string;

  /**
   * What Prometheus sends as `Authorization: Bearer <token>` to read /metrics. Unset: /metrics
   * answers 404, since the figures (log head, lag, process) are nobody else's business.
   */
  @FromEnv('METRICS_TOKEN')
  @Secret()
  @IsOptional()
  @Matches(/^[\x21-\x7e]{24,}$/, { message: 'must be at least 24 printable ASCII characters, no spaces' })
  metricsToken?: string;

  /**
   * The SMTP server the worker sends e-mail through (invitations, reminders). Unset: e-mail is
   * off; messages are still recorded in the outbox as pending and go out once it is set.
   */
  @FromEnv('SMTP_HOST')
  @IsOptional()
  @Matches(/^[^\s/:]+$/, { message: 'must be a host name or address, without a scheme or port' })
  smtpHost?: string;

  @FromEnv('SMTP_PORT')
  @IntegerFrom(1, 65535)
  smtpPort = 587;

  /**
   * implicit: TLS from the first byte (port 465); required: STARTTLS or no sending (587, the
   * default); opportunistic: STARTTLS when offered; off: never (a relay on localhost only).
   */
  @FromEnv('SMTP_TLS')
  @OneOf(SMTP_TLS_MODES)
  smtpTls: SmtpTlsMode = 'required';

  @FromEnv('SMTP_USER')
  @IsOptional()
  @IsString()
  smtpUser?: string;

  @FromEnv('SMTP_PASSWORD')
  @Secret()
  @IsOptional()
  @IsString()
  smtpPassword?: string;

  /** The From of every message, and the ORGANIZER of invitations: `Namn <adress>` or an address. */
  @FromEnv('MAIL_FROM')
  @Matches(/^([^<>"]+ <)?[^\s@<>",;]+@[^\s@<>",;]+>?$/, {
    message: 'must be an address such as samverkan@kommun.se or "Samverkan <samverkan@kommun.se>"',
  })
  mailFrom = 'Samverkan <samverkan@samverkan.localhost>';

  /** The longest wait between two tries of a message SMTP did not take (the first is 1 s). */
  @FromEnv('MAIL_RETRY_MAX_MS')
  @IntegerFrom(100, 86_400_000)
  mailRetryMaxMs = 600_000;

  /** How often the sender looks for messages to send when it has none. */
  @FromEnv('MAIL_POLL_MS')
  @IntegerFrom(50, 600_000)
  mailPollMs = 2000;

  /**
   * Let an organisation's identity provider (OpenID Connect) be reached over plain http://: for
   * development and tests against a provider on the machine itself only. Off, an issuer must be https://.
   */
  @FromEnv('OIDC_ALLOW_HTTP')
  @BooleanWord()
  oidcAllowHttp = false;

  /**
   * Where users reach the service, for the links in e-mail and the addresses an identity
   * provider sends people back to (`https://samverkan.kommun.se`).
   * Unset: http://HOST:PORT, right only on the machine itself.
   */
  @FromEnv('PUBLIC_BASE_URL')
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' })
  publicBaseUrl?: string;
  /**
   * The organisation's seal: a PKCS#12 file (certificate and key) whose key signs every justerat
   * protocol PDF the service serves (PAdES, ETSI.CAdES.detached). Unset: the service makes a
   * self-signed seal once and keeps it in the database (document_seals), the same across restarts
   * and for every process.
   */
  @FromEnv('SEAL_P12_PATH')
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? resolve(value) : value))
  @IsString({ message: 'must be a file path' })
  sealP12Path?: string;

  /** The password of SEAL_P12_PATH (empty when it has none). */
  @FromEnv('SEAL_P12_PASSWORD')
  @Secret()
  @IsOptional()
  @IsString()
  sealP12Password?: string;

  /** The largest PDF POST /api/verification (and /verifiera) takes; larger is 413 VERIFICATION.TOO_LARGE. */
  @FromEnv('VERIFICATION_MAX_UPLOAD_BYTES')
  @IntegerFrom(1024, 1_073_741_824)
  verificationMaxUploadBytes = 20 * 1024 * 1024;
}

/** The base of every link the service writes into a message, without a trailing slash. */
export const publicBaseUrlOf = (config: AppConfig): string =>
  (config.publicBaseUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, '');

import type { DataSource } from 'typeorm';
import { ALL_MIGRATIONS, createDataSource, runMigrations } from '#libs/database';
import {
  AccountService,
  ApiTokenService,
  type Clock,
  DEFAULT_IDENTITY_SETTINGS,
  IDENTITY_MIGRATIONS,
  type IdentitySettings,
  PasswordHasher,
  SessionService,
} from '#libs/identity';
import { createTestDatabase } from '#libs/testing';

export interface IdentityTestDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A fresh database with every migration, the identity ones included. A Set, because once the
 * identity migrations are in ALL_MIGRATIONS, listing them twice would make TypeORM refuse.
 */
export async function identityTestDatabase(): Promise<IdentityTestDatabase> {
  const database = await createTestDatabase();
  const dataSource = createDataSource({
    url: database.url,
    poolSize: 5,
    migrations: [...new Set([...ALL_MIGRATIONS, ...IDENTITY_MIGRATIONS])],
  });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  };
  try {
    await dataSource.initialize();
    await runMigrations(dataSource, { log: () => {} });
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, close };
}

/** Time under the test's control: sessions expire when the test says so, without sleeping. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start = '2025-03-10T08:00:00.000Z') {
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

/** One hasher for a whole file: the dummy hash is made once, as in the running service. */
export const hasher = new PasswordHasher();

export interface IdentityServices {
  accounts: AccountService;
  sessions: SessionService;
  apiTokens: ApiTokenService;
  clock: FakeClock;
}

export function identityServices(
  dataSource: DataSource,
  clock = new FakeClock(),
  settings: IdentitySettings = DEFAULT_IDENTITY_SETTINGS,
  passwordHasher: PasswordHasher = hasher,
): IdentityServices {
  return {
    accounts: new AccountService(dataSource, passwordHasher, clock),
    sessions: new SessionService(dataSource, passwordHasher, clock, settings),
    apiTokens: new ApiTokenService(dataSource, clock, settings),
    clock,
  };
}

export const PASSWORD = 'korrekt häst batteri häftklammer';

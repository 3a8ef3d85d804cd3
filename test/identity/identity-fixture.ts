import type { DataSource } from 'typeorm';
import {
  AccountService,
  ApiTokenService,
  type Clock,
  DEFAULT_IDENTITY_SETTINGS,
  type IdentitySettings,
  PasswordHasher,
  SessionService,
} from '#libs/identity';
import { type MigratedTestDataSource, migratedTestDataSource } from '#libs/testing';

export type IdentityTestDatabase = MigratedTestDataSource;

/** A fresh database with every migration (identity's are in ALL_MIGRATIONS). */
export const identityTestDatabase = (): Promise<IdentityTestDatabase> => migratedTestDataSource();

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

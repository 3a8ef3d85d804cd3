import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { principalFromRow } from '../accounts/account.js';
import { findAccountById } from '../accounts/account.store.js';
import type { Principal } from '../principal.js';
import type { Clock } from '../shared/clock.js';
import {
  AccountNotFoundError,
  ApiTokenNotFoundError,
  InvalidAccountInputError,
} from '../shared/identity-errors.js';
import type { IdentitySettings } from '../shared/identity-settings.js';
import { randomSecret, sha256Hex } from '../shared/secret-token.js';
import {
  type ApiTokenRow,
  findLiveApiToken,
  insertApiToken,
  listApiTokenRows,
  markApiTokenRevoked,
  touchApiToken,
} from './api-token.store.js';

/** Marks our tokens, so secret scanners (and people) recognise one pasted where it should not be. */
export const API_TOKEN_PREFIX = 'svk_';
const API_TOKEN = /^svk_[A-Za-z0-9_-]{43}$/;
export const API_TOKEN_NAME_MAX_LENGTH = 100;

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface IssuedApiToken extends ApiTokenSummary {
  /** Shown once: only its sha256 is stored, so it cannot be shown again. */
  token: string;
}

/** Named, revocable tokens with which programs act as an account (`Authorization: Bearer svk_…`). */
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: Pick<IdentitySettings, 'touchIntervalMs'>,
  ) {}

  async issue(tenantId: string, accountId: string, name: string): Promise<IssuedApiToken> {
    const trimmedName = name.trim();
    if (trimmedName === '' || trimmedName.length > API_TOKEN_NAME_MAX_LENGTH) {
      throw new InvalidAccountInputError(`a token name must be 1 to ${API_TOKEN_NAME_MAX_LENGTH} characters`);
    }
    const account = await findAccountById(this.dataSource, tenantId, accountId);
    if (!account) throw new AccountNotFoundError(accountId);
    if (account.disabled_at !== null) throw new InvalidAccountInputError('the account is disabled');

    const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
    const row: ApiTokenRow = {
      id: randomUUID(),
      account_id: account.id,
      name: trimmedName,
      token_hash: sha256Hex(token),
      created_at: this.clock.now(),
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiToken(this.dataSource, row);
    return { ...summaryOf(row), token };
  }

  /** The token's principal, or undefined when it is unknown, revoked, or its account disabled. */
  async resolve(token: string): Promise<Principal | undefined> {
    if (!API_TOKEN.test(token)) return undefined;
    const found = await findLiveApiToken(this.dataSource, sha256Hex(token));
    if (!found) return undefined;
    const now = this.clock.now();
    const lastUsed = found.token_last_used_at?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (now.getTime() - lastUsed >= this.settings.touchIntervalMs) {
      await touchApiToken(this.dataSource, found.token_id, now);
    }
    return principalFromRow(found, 'token');
  }

  /** AccountNotFoundError for an account not in the tenant, as every other account route answers. */
  async list(tenantId: string, accountId: string): Promise<ApiTokenSummary[]> {
    // An empty list would not tell "no tokens" from "no such account here" apart.
    if (!(await findAccountById(this.dataSource, tenantId, accountId)))
      throw new AccountNotFoundError(accountId);
    return (await listApiTokenRows(this.dataSource, tenantId, accountId)).map(summaryOf);
  }

  /** Idempotent for a token already revoked; ApiTokenNotFoundError for one the account does not have. */
  async revoke(tenantId: string, accountId: string, tokenId: string): Promise<ApiTokenSummary> {
    const row = await markApiTokenRevoked(this.dataSource, tenantId, accountId, tokenId, this.clock.now());
    if (!row) throw new ApiTokenNotFoundError(tokenId);
    return summaryOf(row);
  }
}

function summaryOf(row: ApiTokenRow): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

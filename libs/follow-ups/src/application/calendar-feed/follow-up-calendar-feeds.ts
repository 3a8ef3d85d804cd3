import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import type { Principal } from '#libs/identity';
import { Clock } from '#libs/shared-kernel';
import { followUpOverviewError, type OverviewKey } from '../../domain/index.js';
import { type OverviewRow, readOverviewPage } from '../../projections/follow-up-overview/index.js';
import { OverviewReaders } from '../follow-up-overview/overview-readers.js';
import {
  type CalendarFeedRow,
  insertCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
  useCalendarFeed,
} from './calendar-feed.store.js';
import { renderFollowUpFeed } from './follow-up-feed-ics.js';

/** The path a feed is read at; its token goes in the query string, which the request log leaves out. */
export const CALENDAR_FEED_PATH = '/api/follow-ups/calendar/feed.ics';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface NewCalendarFeed {
  feedId: string;
  /** Shown once: only its hash is kept. */
  token: string;
  /** The feed's path with its token, to put after the service's address. */
  path: string;
}

/**
 * Private calendar feeds of a person's follow-up due dates, for Outlook, Google or Apple Calendar
 * to subscribe to. A calendar cannot sign in, so the URL itself is the key: 256 random bits, kept
 * only as a hash, revocable one by one (a revoked or unknown token is 404, the same answer, so
 * neither is told from the other). The feed shows what the person would see: their own open
 * follow-ups, a confidential one in full only while they are a member of its group.
 */
@Injectable()
export class FollowUpCalendarFeeds {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: OverviewReaders,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async create(principal: Principal): Promise<NewCalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const feedId = randomUUID();
    await insertCalendarFeed(this.dataSource.manager, {
      feedId,
      tenantId: principal.tenantId,
      personId: principal.accountId,
      tokenHash: hashOf(token),
      createdAt: this.clock.now(),
    });
    return { feedId, token, path: feedPath(token) };
  }

  list(principal: Principal): Promise<CalendarFeedRow[]> {
    return listCalendarFeeds(this.dataSource.manager, principal.tenantId, principal.accountId);
  }

  /** Revokes one of the caller's own feeds; false when it is not theirs or already revoked. */
  revoke(principal: Principal, feedId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(feedId)) return Promise.resolve(false);
    return revokeCalendarFeed(
      this.dataSource.manager,
      principal.tenantId,
      principal.accountId,
      feedId,
      this.clock.now(),
    );
  }

  /** The .ics a token opens, or FOLLOW_UP.FEED_NOT_FOUND (404). */
  async render(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw followUpOverviewError.feedNotFound();
    const now = this.clock.now();
    const feed = await useCalendarFeed(this.dataSource.manager, hashOf(token), now);
    if (!feed) throw followUpOverviewError.feedNotFound();
    const memberOf = await this.readers.memberGroupsOf(feed.tenantId, feed.personId);
    const rows: OverviewRow[] = [];
    let after: OverviewKey | undefined;
    do {
      const page = await readOverviewPage(
        this.dataSource.manager,
        feed.tenantId,
        { responsibleId: feed.personId, status: 'open' },
        { groupIds: null, memberOf },
        this.readers.today(),
        { sort: 'due', after, limit: 1000 },
      );
      rows.push(...page.rows);
      after = page.next ?? undefined;
    } while (after);
    return renderFollowUpFeed(rows, { calendarDomain: this.config.calendarDomain, stamp: now });
  }
}

export const feedPath = (token: string): string => `${CALENDAR_FEED_PATH}?token=${token}`;

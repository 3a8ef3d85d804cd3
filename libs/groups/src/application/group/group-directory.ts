import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type LoadedStream,
  type RowsOfStreams,
  rowsBesideStreams,
  StreamReader,
  streamsAheadOfRows,
} from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { activeMembership, groupDecider, type GroupState } from '../../domain/group/index.js';
import {
  type GroupListKey,
  readGroupPage,
  readGroupRows,
  readGroupsOfMember,
} from '../../projections/groups/index.js';
import { stateSource } from '../access/state-source.js';
import { GROUP } from '../aggregates.js';

/** rm_groups, as the stream catalogue is compared with it. */
const GROUP_ROWS: RowsOfStreams & { columns: string[] } = {
  table: 'rm_groups',
  idColumn: 'group_id',
  versionColumn: 'version',
  columns: ['state'],
};

/** The fewest rows groupsPage reads at a time (more than a page when `keep` may refuse many). */
const MIN_BATCH = 100;

export interface ListedGroup extends LoadedStream<GroupState> {
  groupId: string;
}

export interface GroupPageRequest {
  /** The page starts after this group in the list's order (by name, then id). */
  after?: GroupListKey;
  limit: number;
  /** Only the groups this person is an active member of; every group of the tenant otherwise. */
  memberId?: string;
  /** Only the groups this lets through count towards the page (the caller's access). */
  keep?: (group: ListedGroup) => boolean;
}

/**
 * Groups of a tenant from the groups read model, exact to the moment: the stream catalogue, joined
 * with the rows in the database (streamsAheadOfRows), tells which rows are behind their stream (a group changed
 * a moment ago, or a worker that is not running), and only those are folded from their streams
 * (stateSource). With the worker caught up no stream is read; a read right after a change still
 * shows it (read-your-writes). Commands authorize on `group` too, so they decide on the truth.
 */
@Injectable()
export class GroupDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: StreamReader,
  ) {}

  /** Every group of the tenant: the rows, and a fold of those behind their stream (or without a row). */
  async groups(tenantId: string): Promise<ListedGroup[]> {
    const [ahead, rows] = await Promise.all([
      streamsAheadOfRows(this.dataSource.manager, tenantId, 'group', GROUP_ROWS),
      readGroupRows(this.dataSource.manager, tenantId),
    ]);
    const folded = await Promise.all(
      [...ahead.keys()].map(async (groupId): Promise<ListedGroup> => ({
        groupId,
        ...(await this.fold(tenantId, groupId)),
      })),
    );
    return [...rows.filter(({ groupId }) => !ahead.has(groupId)), ...folded];
  }

  /**
   * A page of groups, by name then id, after `after`: at most `limit` of those `keep` lets
   * through, exact to the moment as groups is (the rows behind their stream folded and ordered
   * among the others by the database). Rows that `keep` refuses are read past, a batch at a time,
   * so a page is full whenever there are enough groups after it.
   */
  async groupsPage(tenantId: string, request: GroupPageRequest): Promise<ListedGroup[]> {
    const { limit, memberId, keep = () => true } = request;
    const ahead = await streamsAheadOfRows(this.dataSource.manager, tenantId, 'group', GROUP_ROWS);
    const folded = new Map<string, ListedGroup>();
    await Promise.all(
      [...ahead.keys()].map(async (groupId) => {
        const { state, version } = await this.fold(tenantId, groupId);
        if (memberId === undefined || activeMembership(state, memberId) !== undefined)
          folded.set(groupId, { groupId, state, version });
      }),
    );
    const skipRows = [...ahead.keys()];
    const foldedKeys = [...folded.values()].map(({ groupId, state }) => ({
      groupId,
      name: state.name ?? '',
    }));
    const page: ListedGroup[] = [];
    // A page of 1 for an employee among thousands of other units' APTs would otherwise be a
    // round trip per group read past.
    const batch = Math.max(limit, MIN_BATCH);
    let after = request.after;
    for (;;) {
      const entries = await readGroupPage(this.dataSource.manager, tenantId, {
        after,
        limit: batch,
        memberId,
        skipRows,
        folded: foldedKeys,
      });
      for (const { groupId, row } of entries) {
        const group = row ?? folded.get(groupId);
        if (group !== undefined && keep(group)) page.push(group);
      }
      if (page.length >= limit || entries.length < batch) return page.slice(0, limit);
      after = entries[entries.length - 1];
    }
  }

  /** As groups, for the given ids only, in their order; an id without a stream is left out. */
  async groupsById(tenantId: string, groupIds: readonly string[]): Promise<ListedGroup[]> {
    const found = await rowsBesideStreams(this.dataSource.manager, tenantId, 'group', GROUP_ROWS, groupIds);
    const listed = [...new Set(groupIds)].map(async (groupId): Promise<ListedGroup | undefined> => {
      const stream = found.get(groupId);
      if (stream === undefined || stream.streamVersion === 0) return undefined;
      const row = stream.row as { state: GroupState; version: number } | undefined;
      if (row !== undefined && stateSource(row.version, stream.streamVersion) === 'row')
        return { groupId, state: row.state, version: row.version };
      return { groupId, ...(await this.fold(tenantId, groupId)) };
    });
    return (await Promise.all(listed)).filter((group): group is ListedGroup => group !== undefined);
  }

  /** One group, exact to the moment; undefined when it has no stream. */
  async group(tenantId: string, groupId: string): Promise<ListedGroup | undefined> {
    const [listed] = await this.groupsById(tenantId, [groupId]);
    return listed;
  }

  /**
   * The groups the person is an active member of, from the memberships read model by person
   * (rm_memberships joined with their groups' rows) where the group's row is at its stream's
   * version; a group whose stream is ahead (a membership added or ended a moment ago, a worker
   * behind) is folded and asked instead. Every other group's state is left unread: the catalogue's
   * and the read model's versions say which rows to trust.
   */
  async groupsOfMember(tenantId: string, personId: string): Promise<ListedGroup[]> {
    const [ahead, memberOf] = await Promise.all([
      streamsAheadOfRows(this.dataSource.manager, tenantId, 'group', GROUP_ROWS),
      readGroupsOfMember(this.dataSource.manager, tenantId, personId),
    ]);
    const trusted = memberOf.filter(({ groupId }) => !ahead.has(groupId));
    const folded = await Promise.all(
      [...ahead.keys()].map(async (groupId): Promise<ListedGroup | undefined> => {
        const { state, version } = await this.fold(tenantId, groupId);
        return activeMembership(state, personId) === undefined ? undefined : { groupId, state, version };
      }),
    );
    return [...trusted, ...folded.filter((group): group is ListedGroup => group !== undefined)];
  }

  /** The ids of groupsOfMember. */
  async groupIdsOfMember(tenantId: string, personId: string): Promise<string[]> {
    return (await this.groupsOfMember(tenantId, personId)).map(({ groupId }) => groupId);
  }

  /** A group whose row is behind: folded from its newest snapshot (kept by its commands), if any. */
  private async fold(tenantId: string, groupId: string): Promise<LoadedStream<GroupState>> {
    const { state, version } = await this.reader.load(
      groupStream(tenantId, groupId),
      groupDecider,
      GROUP.snapshots,
    );
    return { state, version };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type LoadedStream, StreamReader } from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { activeMembership, groupDecider, type GroupState } from '../../domain/group/index.js';
import {
  type GroupRow,
  readGroupRows,
  readGroupRowsById,
  readGroupVersions,
  readMembershipsOf,
} from '../../projections/groups/index.js';
import { stateSource } from '../access/state-source.js';

export interface ListedGroup extends LoadedStream<GroupState> {
  groupId: string;
}

/**
 * Groups of a tenant from the groups read model, exact to the moment: the stream versions (one
 * indexed query on the stream catalogue) tell which rows are behind their stream (a group changed
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

  async groups(tenantId: string): Promise<ListedGroup[]> {
    const [versions, rows] = await Promise.all([
      this.reader.streamVersions(tenantId, 'group'),
      readGroupRows(this.dataSource.manager, tenantId),
    ]);
    return this.exact(tenantId, versions, rows);
  }

  /** As groups, for the given ids only, in their order; an id without a stream is left out. */
  async groupsById(tenantId: string, groupIds: readonly string[]): Promise<ListedGroup[]> {
    if (groupIds.length === 0) return [];
    const [versions, rows] = await Promise.all([
      this.reader.streamVersionsOf(tenantId, 'group', groupIds),
      readGroupRowsById(this.dataSource.manager, tenantId, groupIds),
    ]);
    return this.exact(tenantId, versions, rows);
  }

  /** One group, exact to the moment; undefined when it has no stream. */
  async group(tenantId: string, groupId: string): Promise<ListedGroup | undefined> {
    const [listed] = await this.groupsById(tenantId, [groupId]);
    return listed;
  }

  /**
   * The ids of the groups the person is an active member of, from the memberships read model
   * (rm_memberships, by person) where the group's row is at its stream's version; a group whose
   * stream is ahead (a membership added or ended a moment ago) is folded and asked instead. Reads
   * no group's state from the read model, only versions and the person's own rows.
   */
  async groupIdsOfMember(tenantId: string, personId: string): Promise<string[]> {
    const [streams, projected, memberOf] = await Promise.all([
      this.reader.streamVersions(tenantId, 'group'),
      readGroupVersions(this.dataSource.manager, tenantId),
      readMembershipsOf(this.dataSource.manager, tenantId, personId),
    ]);
    const member = new Set(memberOf.map(({ groupId }) => groupId));
    const ids = await Promise.all(
      [...streams].map(async ([groupId, version]) => {
        const source = stateSource(projected.get(groupId), version);
        if (source === 'row') return member.has(groupId) ? groupId : undefined;
        const { state } = await this.reader.load(groupStream(tenantId, groupId), groupDecider);
        return activeMembership(state, personId) === undefined ? undefined : groupId;
      }),
    );
    return ids.filter((groupId): groupId is string => groupId !== undefined);
  }

  private exact(tenantId: string, versions: Map<string, number>, rows: GroupRow[]): Promise<ListedGroup[]> {
    const projected = new Map(rows.map((row) => [row.groupId, row]));
    return Promise.all(
      [...versions].map(async ([groupId, version]): Promise<ListedGroup> => {
        const row = projected.get(groupId);
        if (row !== undefined && stateSource(row.version, version) === 'row') return row;
        const loaded = await this.reader.load(groupStream(tenantId, groupId), groupDecider);
        return { groupId, ...loaded };
      }),
    );
  }
}

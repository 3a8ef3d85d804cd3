import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type LoadedStream, StreamReader } from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { groupDecider, type GroupState } from '../../domain/group/index.js';
import { type GroupRow, readGroupRows, readGroupRowsById } from '../../projections/groups/index.js';

export interface ListedGroup extends LoadedStream<GroupState> {
  groupId: string;
}

/**
 * Every group of a tenant, from the groups read model, exact to the moment: the stream versions
 * (one query) tell which rows are behind their stream (a group changed a moment ago, or a worker
 * that is not running), and only those are folded from their streams. With the worker caught up
 * no stream is read; a list right after a change still shows it (read-your-writes).
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
    const [versions, rows] = await Promise.all([
      this.reader.streamVersionsOf(tenantId, 'group', groupIds),
      readGroupRowsById(this.dataSource.manager, tenantId, groupIds),
    ]);
    return this.exact(tenantId, versions, rows);
  }

  private exact(tenantId: string, versions: Map<string, number>, rows: GroupRow[]): Promise<ListedGroup[]> {
    const projected = new Map(rows.map((row) => [row.groupId, row]));
    return Promise.all(
      [...versions].map(async ([groupId, version]): Promise<ListedGroup> => {
        const row = projected.get(groupId);
        if (row !== undefined && row.version === version) return row;
        const loaded = await this.reader.load(groupStream(tenantId, groupId), groupDecider);
        return { groupId, ...loaded };
      }),
    );
  }
}

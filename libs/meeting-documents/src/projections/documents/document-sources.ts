import { columns, inChunks, type ProjectionContext, type StoredEvent } from '#libs/event-store';
import type { GroupEvent, OrganisationEvent } from '#libs/groups';
import { formatGroupLevels } from '#libs/groups';
import { defaultProtocolForm, type ProtocolForm } from '#libs/shared-kernel';
import type { MeetingEvent } from '#libs/meetings';
import {
  type CarryOverStore,
  evolveMeeting,
  type GroupCarryOver,
  initialMeetingState,
  type MeetingState,
} from '#libs/meetings';
import type { GroupContext } from '../../builders/document-context.js';

type Sql = ProjectionContext['manager'];

interface GroupSource {
  organisationId: string;
  groupName: string;
  groupLevels: string;
  unitId?: string;
  /** Set by the group; absent, the default of its level. */
  protocolForm?: ProtocolForm;
}
interface OrganisationSource {
  name: string;
  units: Record<string, string>;
}
export type SourceKind = 'meeting' | 'group' | 'organisation' | 'carry-over' | 'follow-up';
type SourceState = {
  meeting: MeetingState;
  group: GroupSource;
  organisation: OrganisationSource;
  'carry-over': GroupCarryOver;
  'follow-up': { groupId: string };
};

export const GROUP_AND_ORGANISATION_EVENTS = [
  'OrganisationCreated',
  'UnitAdded',
  'GroupCreated',
  'ProtocolFormSet',
  'ProtocolFormReset',
] as const;

/**
 * What one document projection has folded: meeting states, and the names documents print for
 * groups and organisations. Read once per batch and written back once at its end, so a rebuild
 * writes each meeting once per batch rather than once per event.
 */
export class DocumentSources implements CarryOverStore {
  /** Keyed by source and id; `state` undefined when the row does not exist (yet). */
  private readonly loaded = new Map<string, { source: SourceKind; sourceId: string; state: unknown }>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly db: Sql,
    private readonly projection: string,
    private readonly tenantId: string,
  ) {}

  /** Folds a group or organisation event into the names documents print. */
  async applyContextEvent(event: StoredEvent): Promise<void> {
    const typed = event as unknown as GroupEvent | OrganisationEvent;
    switch (typed.type) {
      case 'OrganisationCreated':
        return this.put('organisation', typed.data.organisationId, { name: typed.data.name, units: {} });
      case 'UnitAdded': {
        const current = await this.get('organisation', typed.data.organisationId);
        if (!current) return;
        const units = { ...current.units, [typed.data.unitId]: typed.data.name };
        return this.put('organisation', typed.data.organisationId, { ...current, units });
      }
      case 'GroupCreated': {
        const { groupId, organisationId, name, levels, unitId } = typed.data;
        return this.put('group', groupId, {
          organisationId,
          groupName: name,
          groupLevels: formatGroupLevels(levels),
          unitId,
        });
      }
      case 'ProtocolFormSet': {
        const current = await this.get('group', typed.data.groupId);
        if (!current) return;
        return this.put('group', typed.data.groupId, { ...current, protocolForm: typed.data.form });
      }
      case 'ProtocolFormReset': {
        const current = await this.get('group', typed.data.groupId);
        if (!current) return;
        const { protocolForm: _followed, ...following } = current;
        return this.put('group', typed.data.groupId, following);
      }
    }
  }

  /** The meeting's state after this event. */
  async applyMeetingEvent(event: MeetingEvent): Promise<MeetingState> {
    const state = (await this.get('meeting', event.data.meetingId)) ?? initialMeetingState();
    const next = evolveMeeting(state, event);
    this.put('meeting', event.data.meetingId, next);
    return next;
  }

  /** A meeting's state as folded so far. */
  meeting(meetingId: string): Promise<MeetingState | undefined> {
    return this.get('meeting', meetingId);
  }

  async groupOf(stream: 'meeting' | 'follow-up', id: string): Promise<string | undefined> {
    if (stream === 'meeting') return (await this.get('meeting', id))?.groupId;
    return (await this.get('follow-up', id))?.groupId;
  }

  async rememberGroup(stream: 'meeting' | 'follow-up', id: string, groupId: string): Promise<void> {
    // A meeting's group is in its folded state already.
    if (stream === 'follow-up') this.put('follow-up', id, { groupId });
  }

  loadCarryOver(groupId: string): Promise<GroupCarryOver | undefined> {
    return this.get('carry-over', groupId);
  }

  async saveCarryOver(state: GroupCarryOver): Promise<void> {
    this.put('carry-over', state.groupId, state);
  }

  async groupContext(groupId: string): Promise<GroupContext> {
    const group = await this.get('group', groupId);
    if (!group) return { groupName: groupId, groupLevels: '' };
    const organisation = await this.get('organisation', group.organisationId);
    const forvaltning = group.unitId ? organisation?.units[group.unitId] : undefined;
    return {
      ...(organisation ? { organisationName: organisation.name } : {}),
      groupName: group.groupName,
      groupLevels: group.groupLevels,
      ...(forvaltning ? { forvaltning } : {}),
      protocolForm: group.protocolForm ?? defaultProtocolForm(group.groupLevels.split('/')),
    };
  }

  /**
   * Reads the sources of these ids in one query (what a batch will ask for), so `get` finds them
   * loaded; one not stored is remembered as missing, as `get` would. Already loaded ones are kept:
   * they may hold this batch's changes.
   */
  async prefetch(wanted: readonly { source: SourceKind; sourceId: string }[]): Promise<void> {
    const missing = new Map<string, { source: SourceKind; sourceId: string }>();
    for (const want of wanted) {
      const key = keyOf(want.source, want.sourceId);
      if (!this.loaded.has(key)) missing.set(key, want);
    }
    if (missing.size === 0) return;
    const asked = [...missing.values()];
    const rows: { source: SourceKind; source_id: string; state: unknown }[] = await this.db.query(
      `SELECT s.source, s.source_id, s.state FROM rm_document_sources s
       JOIN unnest($3::text[], $4::text[]) AS w(source, source_id)
         ON s.source = w.source AND s.source_id = w.source_id
       WHERE s.projection = $1 AND s.tenant_id = $2`,
      [this.projection, this.tenantId, asked.map((w) => w.source), asked.map((w) => w.sourceId)],
    );
    for (const { source, sourceId } of asked)
      this.loaded.set(keyOf(source, sourceId), { source, sourceId, state: undefined });
    for (const row of rows)
      this.loaded.set(keyOf(row.source, row.source_id), {
        source: row.source,
        sourceId: row.source_id,
        state: row.state,
      });
  }

  /** A source as loaded (prefetched or read), without reading it: for planning a prefetch. */
  peek<K extends SourceKind>(source: K, sourceId: string): SourceState[K] | undefined {
    return this.loaded.get(keyOf(source, sourceId))?.state as SourceState[K] | undefined;
  }

  /** Every changed source in one statement (per chunk of about 8 MB). */
  async flush(): Promise<void> {
    const rows = [...this.dirty].map((key) => {
      const { source, sourceId, state } = this.loaded.get(key)!;
      return [source, sourceId, JSON.stringify(state)] as const;
    });
    for (const chunk of inChunks(rows, (row) => row[2]?.length ?? 0)) {
      await this.db.query(
        `INSERT INTO rm_document_sources (projection, tenant_id, source, source_id, state)
         SELECT $1, $2, source, source_id, state FROM unnest($3::text[], $4::text[], $5::jsonb[])
           AS r(source, source_id, state)
         ON CONFLICT (projection, tenant_id, source, source_id) DO UPDATE SET state = EXCLUDED.state`,
        [this.projection, this.tenantId, ...columns(chunk)],
      );
    }
    this.dirty.clear();
  }

  private async get<K extends SourceKind>(source: K, sourceId: string): Promise<SourceState[K] | undefined> {
    const key = keyOf(source, sourceId);
    if (!this.loaded.has(key)) {
      const rows: { state: SourceState[K] }[] = await this.db.query(
        `SELECT state FROM rm_document_sources
         WHERE projection = $1 AND tenant_id = $2 AND source = $3 AND source_id = $4`,
        [this.projection, this.tenantId, source, sourceId],
      );
      this.loaded.set(key, { source, sourceId, state: rows[0]?.state });
    }
    return this.loaded.get(key)?.state as SourceState[K] | undefined;
  }

  private put<K extends SourceKind>(source: K, sourceId: string, state: SourceState[K]): void {
    const key = keyOf(source, sourceId);
    this.loaded.set(key, { source, sourceId, state });
    this.dirty.add(key);
  }
}

const keyOf = (source: SourceKind, sourceId: string) => `${source}\u0000${sourceId}`;

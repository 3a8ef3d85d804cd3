import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldEvents } from '#libs/ddd';
import { LEGACY_PROTOCOL_FORM } from '#domain/shared-kernel';
import type { GroupEvent } from './events.js';
import { GROUP_STATE_SCHEMA, groupDecider } from './group.decider.js';

const at = '2019-01-15T09:00:00Z';
const groupId = 'g-1';
const chair = { personId: 'p-1', name: 'Jenny' };

/** One of every group event, and meetings enough to matter. */
const history: GroupEvent[] = [
  {
    type: 'GroupCreated',
    data: {
      groupId,
      at,
      organisationId: 'o-1',
      name: 'FSG',
      levels: ['FSG'],
      unitId: 'u-1',
      actsAsSkyddskommitte: true,
    },
  },
  {
    type: 'MemberJoined',
    data: {
      groupId,
      at,
      person: chair,
      party: { side: 'employer' },
      role: 'ordförande',
      joinedOn: '2019-01-01',
    },
  },
  {
    type: 'MemberJoined',
    data: { groupId, at, person: { personId: 'p-2', name: 'Åsa' }, role: 'ledamot', joinedOn: '2019-01-01' },
  },
  { type: 'MemberLeft', data: { groupId, at, personId: 'p-2', leftOn: '2019-06-01' } },
  { type: 'MeetingLeadershipSet', data: { groupId, at, unionViceChairRunsMeetings: true } },
  { type: 'FederationJusteringSet', data: { groupId, at, justeringByFederation: true } },
  { type: 'ProtocolFormSet', data: { groupId, at, form: LEGACY_PROTOCOL_FORM } },
  { type: 'JusteringSet', data: { groupId, at, justering: 'employer' } },
  { type: 'NoticeTimesSet', data: { groupId, at, kallelseDays: 7, agendaDays: 14 } },
  { type: 'ProtocolNumberSeriesSet', data: { groupId, at, year: 2019, firstNumber: 5, format: 'N/YY' } },
  ...Array.from({ length: 60 }, (_, n): GroupEvent[] => [
    { type: 'MeetingAdded', data: { groupId, at, meetingId: `m-${n}` } },
    ...(n % 2 === 0
      ? [
          {
            type: 'ProtocolNumberAllocated' as const,
            data: { groupId, at, meetingId: `m-${n}`, year: 2019, number: n + 5, format: 'N/YY' as const },
          },
        ]
      : []),
  ]).flat(),
  { type: 'ProtocolFormReset', data: { groupId, at } },
];

/** As the store keeps them: data through jsonb. */
const stored = (events: GroupEvent[]): GroupEvent[] => JSON.parse(JSON.stringify(events)) as GroupEvent[];
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the group state as its snapshots keep it (GROUP_STATE_SCHEMA)', () => {
  it('survives JSON exactly, so a fold on from a snapshot is a fold from the start', () => {
    const events = stored(history);
    const full = foldEvents(groupDecider, events);
    expect(throughJson(full)).toStrictEqual(full);
    for (const cut of [1, 10, 40, events.length - 1]) {
      const snapshot = throughJson(foldEvents(groupDecider, events.slice(0, cut)));
      expect(events.slice(cut).reduce(groupDecider.evolve, snapshot)).toStrictEqual(full);
    }
  });

  it('is bumped when the fold changes: evolve.ts and state.ts are as they were for this schema', () => {
    // Failing here means evolve.ts or state.ts changed. If a state folded (and snapshotted) before
    // the change is not what the new code folds, bump GROUP_STATE_SCHEMA; either way record the
    // new fingerprint here with the schema it belongs to.
    const source = (file: string) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    const fingerprint = createHash('sha256')
      .update(['evolve.ts', 'state.ts'].map(source).join('\0'))
      .digest('hex')
      .slice(0, 16);
    expect({ schema: GROUP_STATE_SCHEMA, fingerprint }).toEqual({
      schema: 'group-state/1',
      fingerprint: 'a47828c80049cec7',
    });
  });
});

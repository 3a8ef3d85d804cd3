import type { Principal } from '#libs/identity';
import type { MeetingView } from '#libs/meetings';
import { justerareStatuses, waitsForMe } from './justering-status.js';

const CHAIR = { personId: 'p-chair', name: 'Jenny Gräslund' };
const VISION = { personId: 'p-vision', name: 'Mårten Åberg' };
const EMPLOYER = { side: 'employer' } as const;
const UNION = { side: 'union', organisation: 'Vision' } as const;

const as = (person: { personId: string }): Principal =>
  ({
    accountId: person.personId,
    tenantId: 't',
    displayName: '',
    email: '',
    roles: [],
    via: 'session',
  }) as Principal;

/** A closed meeting with two justerare, at revision 2 unless said otherwise. */
function closedMeeting(overrides: Partial<MeetingView> = {}): MeetingView {
  return {
    status: 'closed',
    protocolStatus: 'awaiting justering',
    protocol: { revision: 2, textHash: 'sha256:abc' },
    justerare: [
      { person: CHAIR, party: EMPLOYER },
      { person: VISION, party: UNION },
    ],
    approvals: [],
    declines: [],
    proposals: [],
    ...overrides,
  } as unknown as MeetingView;
}

describe('each justerare’s status on the revision to justera', () => {
  it('given no act on the latest revision, everyone waits and it waits for me', () => {
    const meeting = closedMeeting();
    expect(justerareStatuses(meeting, as(VISION)).map(({ state, isMe }) => [state, isMe])).toEqual([
      ['väntar', false],
      ['väntar', true],
    ]);
  });

  it('counts only the acts on the latest revision: an approval of revision 1 is history', () => {
    const meeting = closedMeeting({
      approvals: [
        { revision: 1, justerare: VISION, party: UNION, textHash: 'old', at: '2019-02-05T08:00:00Z' },
        {
          revision: 2,
          justerare: CHAIR,
          party: EMPLOYER,
          textHash: 'sha256:abc',
          at: '2019-02-06T08:00:00Z',
        },
      ],
    });
    const [chair, vision] = justerareStatuses(meeting, as(VISION));
    expect(chair).toMatchObject({ state: 'justerat', color: 'success', at: '2019-02-06 kl. 09.00' });
    expect(vision).toMatchObject({ state: 'väntar' });
  });

  it('shows a decline with its latest comment, and it no longer waits for the one who declined', () => {
    const meeting = closedMeeting({
      protocolStatus: 'change requested',
      declines: [
        { revision: 2, justerare: VISION, party: UNION, comment: 'Först', at: '2019-02-06T08:00:00Z' },
        { revision: 2, justerare: VISION, party: UNION, comment: 'Rätta § 4', at: '2019-02-06T09:00:00Z' },
      ],
    });
    expect(justerareStatuses(meeting, as(VISION))[1]).toMatchObject({
      state: 'ändring begärd',
      comment: 'Begärd ändring: Rätta § 4',
    });
  });
});

describe('whether a listed protocol waits for me', () => {
  const listed = (overrides: Partial<Parameters<typeof waitsForMe>[0]> = {}) => ({
    status: 'closed' as const,
    protocolStatus: 'awaiting justering' as const,
    awaitingJusteringBy: [CHAIR.personId, VISION.personId],
    declinedBy: [],
    ...overrides,
  });

  it('waits for a justerare who has not approved the latest revision', () => {
    expect(waitsForMe(listed(), as(VISION))).toBe(true);
    expect(waitsForMe(listed({ awaitingJusteringBy: [VISION.personId] }), as(CHAIR))).toBe(false);
  });

  it('no longer waits for the one who asked for changes, but still for the others', () => {
    const declined = listed({ protocolStatus: 'change requested', declinedBy: [VISION.personId] });
    expect(waitsForMe(declined, as(VISION))).toBe(false);
    expect(waitsForMe(declined, as(CHAIR))).toBe(true);
  });

  it('waits for no one once justerat, nor for someone who is no justerare', () => {
    expect(waitsForMe(listed({ protocolStatus: 'justerat', awaitingJusteringBy: [] }), as(VISION))).toBe(
      false,
    );
    expect(waitsForMe(listed(), as({ personId: 'p-other' }))).toBe(false);
  });
});

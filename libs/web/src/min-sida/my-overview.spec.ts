import type { QueryBus } from '@nestjs/cqrs';
import type { FollowUpRow } from '#libs/follow-ups';
import { ListFollowUpsQuery } from '#libs/follow-ups';
import type { Principal } from '#libs/identity';
import { PageRenderer } from '../views/page-renderer.js';
import { myOverview } from './my-overview.js';

const renderer = new PageRenderer({
  designsystemet: '/s/ds.css',
  theme: '/s/t.css',
  font: '/s/f.css',
  site: '/s/site.css',
  icon: '/s/i.svg',
  formDrafts: '/s/d.js',
});

const me: Principal = {
  accountId: 'p-vision',
  tenantId: 'exempelstad',
  displayName: 'Åsa Öberg',
  email: 'asa@exempelstad.se',
  roles: [],
  via: 'session',
};

const followUp = (n: number): FollowUpRow => ({
  followUpId: `f-${String(n).padStart(2, '0')}`,
  groupId: 'g-1',
  origin: { meetingId: 'm-1', itemId: 'i-1', meetingDate: '2019-02-25', paragraph: 4 },
  action: `Åtgärd ${n}`,
  responsible: { personId: me.accountId, name: me.displayName },
  dueDate: '2019-04-01',
  status: 'open',
  closingReason: null,
  reports: 0,
  reschedules: 0,
  daysLeft: 3,
  confidential: false,
});

/** The query handlers' answers as the real ones give them: only the follow-ups are asked for here. */
function queriesAnswering(open: number, asked: ListFollowUpsQuery[]): QueryBus {
  return {
    execute: async (query: unknown) => {
      if (query instanceof ListFollowUpsQuery) {
        asked.push(query);
        return Array.from({ length: Math.min(open, query.filter.limit ?? 500) }, (_, n) => followUp(n + 1));
      }
      const groupQueries = ['ListMyGroupsQuery', 'ListGroupsByIdQuery'];
      return groupQueries.includes(query?.constructor.name ?? '') ? [] : { meetings: [] };
    },
  } as unknown as QueryBus;
}

describe('Min sida: my open follow-ups', () => {
  it('shows the 10 soonest due and says there are more, asking for no more than one past them', async () => {
    const asked: ListFollowUpsQuery[] = [];
    const overview = await myOverview(queriesAnswering(25, asked), me, new Date('2019-03-29T09:00:00Z'));
    expect(asked.map(({ filter }) => filter)).toEqual([
      { status: 'open', responsibleId: 'p-vision', limit: 11 },
    ]);
    expect(overview.followUps.map(({ action }) => action)).toEqual(
      Array.from({ length: 10 }, (_, n) => `Åtgärd ${n + 1}`),
    );
    expect(overview.moreFollowUps).toBe(true);
    const html = renderer.render('min-sida', { title: 'Min sida', signedIn: null, ...overview });
    expect(html).toContain('Här visas de 10 som ska vara klara först.');
  });

  it('shows all of them, and no such line, when there are ten or fewer', async () => {
    const overview = await myOverview(queriesAnswering(10, []), me, new Date('2019-03-29T09:00:00Z'));
    expect(overview.followUps).toHaveLength(10);
    expect(overview.moreFollowUps).toBe(false);
    const html = renderer.render('min-sida', { title: 'Min sida', signedIn: null, ...overview });
    expect(html).not.toContain('Här visas de');
  });
});

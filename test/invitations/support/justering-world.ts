import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '#libs/identity';
import type { ApiTestApp } from '../../api/support/api-test-app.js';
import { recordEveryItem, SMALL_AGENDA } from '../../api/support/running-meeting.js';
import { EMPLOYER, seedGroup, SSR } from '../../api/support/seed-002-group.js';

export const ADDRESSES = {
  viceChair: 'jenny.graslund@exempelstad.se',
  ssr: 'cornelia.sjostrom@exempelstad.se',
  secretary: 'sofia.hagg@exempelstad.se',
} as const;
export type Who = keyof typeof ADDRESSES;
const NAMES: Record<Who, string> = {
  viceChair: 'Jenny Gräslund',
  ssr: 'Cornelia Sjöström',
  secretary: 'Sofia Hägg',
};
const PARTY = { viceChair: EMPLOYER, ssr: SSR, secretary: EMPLOYER };
const ROLE = { viceChair: 'vice ordförande', ssr: 'ledamot', secretary: 'sekreterare' };

/**
 * The seed 002 group with three members of its own who have accounts with addresses (accounts are
 * keyed by uuid, the seed's people are not): Jenny Gräslund, who chairs and justerar for the
 * employer, Sofia Hägg, sekreterare, and Cornelia Sjöström, who justerar for SSR.
 */
export async function justeringGroup(api: ApiTestApp) {
  const { people: seedPeople, groupId, tenantId } = await seedGroup(api);
  const db = api.app.get(DataSource);
  const people = {} as Record<Who, Principal>;
  for (const [who, email] of Object.entries(ADDRESSES) as [Who, string][]) {
    const person = { personId: randomUUID(), name: NAMES[who] };
    await db.query(
      `INSERT INTO identity_accounts (id, tenant_id, email, display_name, password_hash, created_at)
       VALUES ($1, $2, $3, $4, 'scrypt$test', now())`,
      [person.personId, tenantId, email, person.name],
    );
    people[who] = {
      accountId: person.personId,
      tenantId,
      displayName: person.name,
      email,
      roles: [],
      via: 'session',
    };
    await api
      .as(seedPeople.admin)
      .post(`/api/groups/${groupId}/members`)
      .send({ person, party: PARTY[who], role: ROLE[who], joinedOn: '2019-01-01' })
      .expect(200);
  }
  return { tenantId, groupId, people, seedPeople };
}

export type JusteringGroup = Awaited<ReturnType<typeof justeringGroup>>;

/** Held on 25 February 2019 by the three, with a confidential item (i-info), and closed. */
export async function heldMeeting(api: ApiTestApp, group: JusteringGroup): Promise<string> {
  const { people, seedPeople, groupId } = group;
  const chair = api.as(people.viceChair);
  api.clock.set('2019-02-01T09:00:00Z');
  const { body } = await chair
    .post(`/api/groups/${groupId}/meetings`)
    .send({ startsAt: '2019-02-25T08:30:00+01:00', endsAt: '2019-02-25T11:00:00+01:00', place: 'Kvarnen' })
    .expect(201);
  const id = body.meetingId as string;
  await chair.put(`/api/meetings/${id}/agenda`).send({ items: SMALL_AGENDA }).expect(200);
  api.clock.set('2019-02-25T07:30:00Z');
  const person = (who: Who) => ({ personId: people[who].accountId, name: people[who].displayName });
  const attendee = (who: Who, role: string) => ({
    person: person(who),
    party: PARTY[who],
    role,
    presence: 'present',
  });
  await chair
    .put(`/api/meetings/${id}/attendance`)
    .send({
      attendees: [
        attendee('viceChair', 'ordförande'),
        attendee('secretary', 'sekreterare'),
        attendee('ssr', 'ledamot'),
      ],
    })
    .expect(200);
  await chair
    .put(`/api/meetings/${id}/justerare`)
    .send({
      justerare: (['viceChair', 'ssr'] as const).map((who) => ({ person: person(who), party: PARTY[who] })),
    })
    .expect(200);
  api.clock.set('2019-02-25T08:00:00Z');
  await chair
    .put(`/api/meetings/${id}/items/i-info/confidentiality`)
    .send({ reason: 'Gäller en enskild medarbetare.' })
    .expect(200);
  await recordEveryItem(api, { ...seedPeople, viceChair: people.viceChair }, id);
  api.clock.set('2019-02-25T09:55:00Z');
  await chair.post(`/api/meetings/${id}/close`).expect(200);
  return id;
}

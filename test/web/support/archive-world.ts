import request from 'supertest';
import { AccountService } from '#libs/identity';
import { startDocsWorld } from './docs-world.js';
import { PASSWORD, TENANT } from './web-world.js';

export const HR = { email: 'hanna.hr@exempelstad.se', name: 'Hanna Hård' } as const;
export const SECRETARY = { email: 'sara.sekreterare@exempelstad.se', name: 'Sara Sjöberg' } as const;

/**
 * The docs world (docs-world.ts) plus who may make the February meeting's archive package: an HR
 * account and the group's sekreterare; `justera()` has both justerare approve the protocol and
 * renders the documents.
 */
export async function startArchiveWorld() {
  const world = await startDocsWorld();
  const held = world.meetingIds.held;
  const accounts = world.app.get(AccountService);
  await accounts.create({
    tenantId: TENANT,
    email: HR.email,
    displayName: HR.name,
    password: PASSWORD,
    roles: ['hr'],
  });
  const secretary = await accounts.create({
    tenantId: TENANT,
    email: SECRETARY.email,
    displayName: SECRETARY.name,
    password: PASSWORD,
  });
  await request(world.server)
    .post(`/api/groups/${world.groupId}/members`)
    .set('Cookie', world.cookies.admin)
    .send({
      person: { personId: secretary.id, name: SECRETARY.name },
      party: { side: 'employer' },
      role: 'sekreterare',
      joinedOn: '2019-01-01',
    })
    .expect(200);
  return {
    ...world,
    archiveHref: `/api/meetings/${held}/archive-package`,
    async justera() {
      for (const who of ['chair', 'vision'] as const) {
        const { protocol } = await world.meetingAs('chair');
        await request(world.server)
          .post(`/api/meetings/${held}/protocol/justeringar`)
          .set('Cookie', world.cookies[who])
          .send({ revision: protocol.revision, textHash: protocol.textHash })
          .expect(200);
      }
      await world.project();
    },
  };
}

export type ArchiveWorld = Awaited<ReturnType<typeof startArchiveWorld>>;

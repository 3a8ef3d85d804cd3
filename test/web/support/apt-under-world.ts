import request from 'supertest';
import { PEOPLE, type WebWorld } from './web-world.js';

/**
 * An APT under the world's FSG, chaired by the world's chair, with a meeting on 11 March 2019 and
 * one dialog item (i-intro): a group whose items can be raised to its parent.
 */
export async function aptUnderWorld(world: WebWorld): Promise<{ aptId: string; meetingId: string }> {
  const as = (who: 'admin' | 'chair') => (method: 'post' | 'put', path: string, body: object) =>
    request(world.server)[method](path).set('Cookie', world.cookies[who]).send(body);
  const apt = await as('admin')('post', '/api/groups', {
    name: 'APT Kvarnen',
    levels: ['APT'],
    unitId: 'u-soc',
    parentGroupId: world.groupId,
    actsAsSkyddskommitte: false,
  }).expect(201);
  const aptId = apt.body.groupId as string;
  await as('admin')('post', `/api/groups/${aptId}/members`, {
    person: { personId: world.ids.chair, name: PEOPLE.chair.name },
    party: { side: 'employer' },
    role: 'ordförande',
    joinedOn: '2019-01-01',
  }).expect(200);
  const scheduled = await as('chair')('post', `/api/groups/${aptId}/meetings`, {
    startsAt: '2019-03-11T13:00:00+01:00',
    endsAt: '2019-03-11T14:00:00+01:00',
    place: 'Personalrummet',
  }).expect(201);
  const meetingId = scheduled.body.meetingId as string;
  await as('chair')('put', `/api/meetings/${meetingId}/agenda`, {
    items: [
      {
        itemId: 'i-intro',
        title: 'Introduktion av nyanställda',
        kind: 'dialog',
        proposer: { side: 'employer' },
      },
    ],
  }).expect(200);
  return { aptId, meetingId };
}

/**
 * Under mötet: an item the group cannot settle is raised to its parent group from the page
 * ("Överlämna till <parent>"), through the same command as the API. A group without a parent is
 * offered no such action; once raised, the item shows where it went and takes no other record.
 */
import request from 'supertest';
import { carryOverProjection } from '#libs/meetings';
import { projectToHead } from '../api/support/project-to-head.js';
import { aptUnderWorld } from './support/apt-under-world.js';
import { formBrowser, formHtml } from './support/form-browser.js';
import { HOSTILE_GROUP_NAME, PASSWORD, PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

/** The HTML of a page's section whose heading has this id. */
const sectionText = (html: string, headingId: string) => {
  const start = html.indexOf(`aria-labelledby="${headingId}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

const QUESTION = 'Kan förvaltningen ta fram en gemensam introduktion för nyanställda?';

describe('Under mötet: raising an item to the parent group', () => {
  let world: WebWorld;
  let chair: ReturnType<typeof formBrowser>;
  let aptMeetingId: string;
  let aptWorld: { aptId: string; meetingId: string };
  let shownBefore: string;
  const api = (method: 'get' | 'post' | 'put', path: string, body?: object) =>
    request(world.server)[method](path).set('Cookie', world.cookies.chair).send(body);
  const path = (meetingId: string) => `/moten/${meetingId}/under-motet`;
  const agenda = async () =>
    (await api('get', `/api/meetings/${aptMeetingId}`)).body.agenda as {
      itemId: string;
      records: { escalation?: { to: { groupId?: string; name?: string }; question?: string } };
    }[];

  beforeAll(async () => {
    world = await startWebWorld();
    aptWorld = await aptUnderWorld(world);
    aptMeetingId = aptWorld.meetingId;
    world.clock.set('2019-03-11T12:05:00Z');
    chair = formBrowser(world);
    await chair.signIn(PEOPLE.chair.email, PASSWORD);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('offers no escalation in a group without a parent', async () => {
    const page = await chair.get(path(world.meetingIds.next));
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Överlämna till');
    expect(page.text).not.toContain('/overlamning"');
  });

  it("offers 'Överlämna till <parent>' per item, the parent's name escaped", async () => {
    const page = await chair.get(path(aptMeetingId));
    expect(page.status).toBe(200);
    const action = `${path(aptMeetingId)}/punkter/i-intro/overlamning`;
    expect(formHtml(page.text, action)).toContain('name="question"');
    expect(page.text).toContain('Överlämna till &lt;script&gt;');
    expect(page.text).not.toContain(HOSTILE_GROUP_NAME);
  });

  it('raises the item with the question; it shows where it went and offers no more forms for it', async () => {
    const page = (await chair.get(path(aptMeetingId))).text;
    shownBefore = page;
    const action = `${path(aptMeetingId)}/punkter/i-intro/overlamning`;
    const saved = await chair.submit(page, action, { question: QUESTION });
    expect(saved.status).toBe(303);
    const [item] = await agenda();
    expect(item.records.escalation).toMatchObject({
      to: { groupId: world.groupId, name: HOSTILE_GROUP_NAME },
      question: QUESTION,
    });
    const after = (await chair.get(path(aptMeetingId))).text;
    expect(after).toContain('Överlämnad');
    expect(after).toContain(QUESTION);
    expect(after).not.toContain(`action="${action}"`);
    expect(after).not.toContain(`action="${path(aptMeetingId)}/punkter/i-intro/bordlaggning"`);
  });

  it('refuses the form shown before the item was raised (another tab) and records nothing more', async () => {
    const action = `${path(aptMeetingId)}/punkter/i-intro/overlamning`;
    const before = (await api('get', `/api/meetings/${aptMeetingId}`)).body.version as number;
    const again = await chair.submit(shownBefore, action, { question: 'En annan fråga' });
    expect(again.status).toBe(412);
    expect(again.text).toContain('Någon annan hann spara först');
    expect((await api('get', `/api/meetings/${aptMeetingId}`)).body.version).toBe(before);
    expect((await agenda())[0].records.escalation?.question).toBe(QUESTION);
  });

  it("lists the raised item on both groups' pages once the APT has closed: out at the APT, in at its parent", async () => {
    const { aptId } = aptWorld;
    const noneYet = await chair.get(`/grupper/${world.groupId}`);
    expect(noneYet.text).toContain('Inga överlämnade ärenden väntar.');
    world.clock.set('2019-03-11T13:05:00Z');
    await api('put', `/api/meetings/${aptMeetingId}/attendance`, {
      attendees: [
        {
          person: { personId: world.ids.chair, name: PEOPLE.chair.name },
          party: { side: 'employer' },
          role: 'ordförande',
          presence: 'present',
        },
      ],
    }).expect(200);
    await api('post', `/api/meetings/${aptMeetingId}/close`).expect(200);
    await projectToHead(world.app, [carryOverProjection]);

    const atApt = await chair.get(`/grupper/${aptId}`);
    expect(atApt.status).toBe(200);
    const out = sectionText(atApt.text, 'overlamnade');
    expect(out).toContain('Introduktion av nyanställda');
    expect(out).toContain(`Frågan: ${QUESTION}`);
    // The parent's name is recorded text: escaped, as everywhere.
    expect(out).toContain('Till &lt;script&gt;');
    expect(out).toContain('§ 4, 2019-03-11');

    const atParent = await chair.get(`/grupper/${world.groupId}`);
    const incoming = sectionText(atParent.text, 'overlamnade');
    expect(incoming).toContain('Introduktion av nyanställda');
    expect(incoming).toContain('Från APT Kvarnen');
    expect(incoming).toContain('Tas upp vid gruppens nästa möte');
  });
});

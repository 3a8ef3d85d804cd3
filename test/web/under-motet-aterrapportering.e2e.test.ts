/**
 * Under mötet: a returning återrapportering item is taken up with its follow-up in the same act
 * (issue 10, point 1, on the page): the text form says when the follow-up was due and asks what
 * becomes of it (återrapporterad, klar, or a new date with its reason). A new date without a reason
 * is refused at its field and changes neither the meeting nor the follow-up.
 */
import request from 'supertest';
import { carryOverProjection } from '#libs/meetings';
import { followUpsProjection } from '#libs/follow-ups';
import { projectToHead } from '../api/support/project-to-head.js';
import { formBrowser, formHtml } from './support/form-browser.js';
import { FOLLOW_UP_ACTION, PASSWORD, PEOPLE, startWebWorld, type WebWorld } from './support/web-world.js';

describe('Under mötet: a returning follow-up handled where its item is taken up', () => {
  let world: WebWorld;
  let chair: ReturnType<typeof formBrowser>;
  let followUpId: string;
  let itemId: string;
  const api = (method: 'get' | 'put', path: string, body?: object) =>
    request(world.server)[method](path).set('Cookie', world.cookies.chair).send(body);
  const path = () => `/moten/${world.meetingIds.next}/under-motet`;
  const followUp = async () =>
    (await api('get', `/api/follow-ups/${followUpId}`)).body as { status: string; dueDate: string };

  beforeAll(async () => {
    world = await startWebWorld();
    await projectToHead(world.app, [carryOverProjection, followUpsProjection]);
    const list = (await api('get', '/api/follow-ups')).body as { followUpId: string; action: string }[];
    followUpId = list.find((row) => row.action === FOLLOW_UP_ACTION)?.followUpId as string;
    itemId = `follow-up:${followUpId}`;
    // The chair takes the returning follow-up along onto March's agenda.
    const meeting = `/api/meetings/${world.meetingIds.next}`;
    const version = Number((await api('get', meeting)).headers.etag.replace(/"/g, ''));
    await api('put', `${meeting}/agenda`, {
      items: [
        { itemId: 'i-info', title: 'Budget 2019', kind: 'information', proposer: { side: 'employer' } },
        {
          itemId,
          title: 'Introduktion av nyanställda',
          kind: 'återrapportering',
          proposer: { side: 'employer' },
        },
      ],
    })
      .set('If-Match', `"${version}"`)
      .expect(200);
    world.clock.set('2019-03-18T12:05:00Z');
    chair = formBrowser(world);
    await chair.signIn(PEOPLE.chair.email, PASSWORD);
  });
  afterAll(async () => {
    await world?.close();
  });

  const action = () => `${path()}/punkter/${encodeURIComponent(itemId)}/text`;

  it('asks what becomes of the follow-up, due on its date; återrapporterad is the default', async () => {
    const page = (await chair.get(path())).text;
    const form = formHtml(page, action());
    expect(form).toContain('Uppföljningen (senast 2019-02-25)');
    expect(form).toMatch(/name="followUpOutcome"[^>]*value="reported" checked/);
    expect(form).toContain('name="newDueDate"');
    // An item that is no återrapportering asks nothing of the kind.
    expect(formHtml(page, `${path()}/punkter/i-info/text`)).not.toContain('followUpOutcome');
  });

  it('refuses a new date without its reason at the field, changing nothing', async () => {
    const page = (await chair.get(path())).text;
    const refused = await chair.submit(page, action(), {
      text: 'Planen är försenad.',
      followUpOutcome: 'rescheduled',
      newDueDate: '2019-04-15',
      rescheduleReason: '',
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('Skriv varför uppföljningen får ett nytt datum.');
    expect(refused.text).toContain('value="2019-04-15"');
    expect(await followUp()).toMatchObject({ status: 'open', dueDate: '2019-02-25' });
  });

  it('moves the follow-up to the new date with the text, and shows the choice saved', async () => {
    const page = (await chair.get(path())).text;
    const saved = await chair.submit(page, action(), {
      text: 'Planen är försenad; HR återkommer i april.',
      followUpOutcome: 'rescheduled',
      newDueDate: '2019-04-15',
      rescheduleReason: 'HR:s utredning tar längre tid',
    });
    expect(saved.status).toBe(303);
    await projectToHead(world.app, [followUpsProjection]);
    expect(await followUp()).toMatchObject({ status: 'open', dueDate: '2019-04-15' });
    const after = formHtml((await chair.get(path())).text, action());
    expect(after).toMatch(/name="followUpOutcome"[^>]*value="rescheduled" checked/);
    expect(after).toContain('value="HR:s utredning tar längre tid"');
  });
});

/**
 * Issue 10, point 1: carry-over as a live projection. A group plans its year: March, April and May
 * are scheduled in January, before February is held. What February defers and the follow-ups it
 * decides reach each of them as it happens, the kallelse shows what changed after it was sent, and
 * a confidential item deferred twice never shows its title to anyone outside the group.
 */
import { DataSource } from 'typeorm';
import { DOCUMENT_PROJECTIONS, kallelserProjection } from '#libs/meeting-documents';
import { carryOverProjection } from '#libs/meetings';
import { readPdf } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from './support/project-to-head.js';
import { runningMeeting } from './support/running-meeting.js';
import {
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  SEED_JUSTERARE,
  seedGroup,
} from './support/seed-002-group.js';
import { binaryBody } from '../support/binary-body.js';

interface Entry {
  itemId: string;
  title: string;
  carryOver?: string;
  sinceKallelse?: string;
  confidential?: true;
  origin?: Record<string, unknown>;
  followUp?: { reschedules: Record<string, unknown>[] };
  records: { confidential?: { omitted?: true } };
}

const SECRET_TITLE = 'Rehabilitering av en namngiven medarbetare';

describe('carry-over as a live projection', () => {
  let api: ApiTestApp;
  afterAll(() => api?.close());
  beforeAll(async () => {
    api = await startApiTestApp();
  });

  /** What the worker does in production: the read models follow the log. */
  const project = () => projectToHead(api.app, [carryOverProjection, ...DOCUMENT_PROJECTIONS]);

  /** March, April and May, scheduled in January before February is held. */
  async function planTheYear(people: Principals, groupId: string): Promise<Record<string, string>> {
    api.clock.set('2019-01-10T09:00:00Z');
    const ids: Record<string, string> = {};
    for (const [month, day] of [
      ['march', '2019-03-25'],
      ['april', '2019-04-29'],
      ['may', '2019-05-27'],
    ]) {
      const { body } = await api
        .as(people.viceChair)
        .post(`/api/groups/${groupId}/meetings`)
        .send({ startsAt: `${day}T08:30:00+01:00`, endsAt: `${day}T11:00:00+01:00`, place: 'Kvarnen' })
        .expect(201);
      expect(body.carriedOver).toEqual([]);
      ids[month] = body.meetingId;
    }
    return ids;
  }

  describe('a meeting planned a year ahead receives what returns to it as it happens', () => {
    let people: Principals;
    let plan: Record<string, string>;
    let februaryId: string;
    let dueInApril: string;
    let dueInMarch: string;
    const agendaOf = async (meetingId: string, who: keyof Principals = 'viceChair'): Promise<Entry[]> =>
      (await api.as(people[who]).get(`/api/meetings/${meetingId}`).expect(200)).body.agenda;

    beforeAll(async () => {
      let groupId: string;
      ({ people, groupId } = await seedGroup(api));
      plan = await planTheYear(people, groupId);
      februaryId = await runningMeeting(api, people, groupId);
      const chair = api.as(people.viceChair);
      const meeting = `/api/meetings/${februaryId}`;
      const assign = async (itemId: string, action: string, dueDate: string) =>
        (
          await chair
            .post(`${meeting}/items/${itemId}/follow-ups`)
            .send({ action, responsible: PEOPLE.secretary, dueDate })
            .expect(201)
        ).body.followUpId as string;
      dueInApril = await assign('i-dialog', 'Utvärdera avslutningsenkäterna', '2019-04-20');
      dueInMarch = await assign('i-info', 'Redovisa skyddsronden', '2019-03-20');
      await chair.put(`${meeting}/items/i-info/information`).send({ text: 'Information.' }).expect(200);
      await chair.put(`${meeting}/items/i-dialog/dialog`).send({ text: 'Dialog.' }).expect(200);
      await chair
        .put(`${meeting}/items/i-beslut/deferral`)
        .send({ reason: 'Tiden räckte inte.' })
        .expect(200);
      api.clock.set('2019-02-25T09:55:00Z');
      await chair.post(`${meeting}/close`).expect(200);
      await project();
    });

    it('the deferred item and the follow-up due by then reach March, with group, meeting, date and §', async () => {
      expect(await agendaOf(plan.march)).toEqual([
        expect.objectContaining({
          itemId: `deferred:${februaryId}:i-beslut`,
          title: 'Webbenkät årlig uppföljning – samverkan',
          carryOver: 'proposed',
          origin: expect.objectContaining({
            kind: 'deferred',
            fromMeetingId: februaryId,
            fromParagraph: 6,
            fromDate: '2019-02-25',
            reason: 'Tiden räckte inte.',
          }),
        }),
        expect.objectContaining({ itemId: `follow-up:${dueInMarch}`, carryOver: 'proposed' }),
      ]);
    });

    it('a follow-up due two meetings later reaches April, not March, still "från § 5"', async () => {
      const [returning] = await agendaOf(plan.april);
      expect(returning).toMatchObject({
        itemId: `follow-up:${dueInApril}`,
        kind: 'återrapportering',
        origin: { kind: 'follow-up', fromMeetingId: februaryId, fromParagraph: 5, dueDate: '2019-04-20' },
      });
      expect(returning.origin?.fromGroupId).toEqual(expect.any(String));
      const html = visibleText(
        (await api.as(people.ssr).get(`/api/meetings/${plan.april}/documents/kallelse.html`)).text,
      );
      expect(html).toContain('Uppföljning från § 5, 2019-02-25, senast 2019-04-20');
    });

    it('after the kallelse, a completed follow-up is shown withdrawn and one moved to March as added, with its move', async () => {
      const chair = api.as(people.viceChair);
      const march = `/api/meetings/${plan.march}`;
      const accepted = (await agendaOf(plan.march)).map(({ itemId, title }) => ({ itemId, title }));
      const items = accepted.map((item) => ({ ...item, kind: 'dialog', proposer: { side: 'employer' } }));
      await chair.put(`${march}/agenda`).send({ items }).expect(200);
      await chair
        .post(`${march}/kallelse`)
        .send({ recipients: [PEOPLE.ssr, PEOPLE.vision] })
        .expect(200);

      api.clock.set('2019-03-10T09:00:00Z');
      await api
        .as(people.secretary)
        .post(`/api/follow-ups/${dueInMarch}/complete`)
        .send({ note: 'Klart.' })
        .expect(200);
      await api
        .as(people.secretary)
        .post(`/api/follow-ups/${dueInApril}/reschedule`)
        .send({ newDueDate: '2019-03-22', reason: 'Resultatet kom tidigare.' })
        .expect(200);
      await project();

      expect(await agendaOf(plan.april)).toEqual([]);
      const agenda = await agendaOf(plan.march);
      expect(
        agenda.map(({ itemId, carryOver, sinceKallelse }) => [itemId, carryOver, sinceKallelse]),
      ).toEqual([
        [`deferred:${februaryId}:i-beslut`, 'on-agenda', undefined],
        [`follow-up:${dueInMarch}`, 'withdrawn', 'withdrawn'],
        [`follow-up:${dueInApril}`, 'proposed', 'added'],
      ]);
      const move = {
        previousDueDate: '2019-04-20',
        newDueDate: '2019-03-22',
        reason: 'Resultatet kom tidigare.',
        by: { personId: people.secretary.accountId, name: people.secretary.displayName },
      };
      expect(agenda[2].followUp?.reschedules).toEqual([expect.objectContaining(move)]);

      const html = visibleText((await api.as(people.ssr).get(`${march}/documents/kallelse.html`)).text);
      expect(html).toContain('Utgår – punkten återkommer inte längre till detta möte');
      expect(html).toContain('Tillkommen efter att kallelsen skickades');
      expect(html).toContain(`Uppföljningsdatum flyttat från 2019-04-20 till 2019-03-22 av ${move.by.name}`);
      const ics = (await api.as(people.ssr).get(`${march}/documents/kallelse.ics`)).text.replace(
        /\r\n[ \t]/g,
        '',
      );
      expect(ics).toContain('Tillkommen efter att kallelsen skickades');
    });

    it('the follow-up’s whole history is readable: the move with old and new date, reason and who', async () => {
      const { body } = await api.as(people.hr).get(`/api/follow-ups/${dueInApril}`).expect(200);
      expect(body).toMatchObject({
        dueDate: '2019-03-22',
        reschedules: [
          {
            previousDueDate: '2019-04-20',
            newDueDate: '2019-03-22',
            reason: 'Resultatet kom tidigare.',
            by: { personId: people.secretary.accountId },
            at: '2019-03-10T09:00:00.000Z',
          },
        ],
      });
      const { body: completed } = await api.as(people.hr).get(`/api/follow-ups/${dueInMarch}`).expect(200);
      expect(completed).toMatchObject({
        status: 'completed',
        closedBy: { personId: people.secretary.accountId },
      });
    });

    it('of the kallelse versions carry-over made after the kallelse went out, only the latest is kept; its sequence counts them all', async () => {
      const versions: { revision: number; stream_version: string; sequence: number }[] = await api.app
        .get(DataSource)
        .query(
          `SELECT revision, stream_version, (document->>'sequence')::int AS sequence FROM rm_documents
           WHERE kind = 'kallelse' AND meeting_id = $1 ORDER BY revision`,
          [plan.march],
        );
      // The kallelse sent (made by March's own event), then the completion and the move changed
      // it (two new sequences): the completion's version is gone, the move's is kept.
      const [sent, latest] = versions.slice(-2);
      expect(latest.stream_version).toBe(sent.stream_version);
      expect(latest.revision).toBe(sent.revision + 2);
      expect(versions.map(({ revision, sequence }) => revision === sequence)).not.toContain(false);
      const kallelse = `/api/meetings/${plan.march}/documents/kallelse.json`;
      const { body } = await api.as(people.ssr).get(kallelse).expect(200);
      expect(body.document.sequence).toBe(latest.revision);
      // The one replaced is no more to be had; the one sent still is.
      await api
        .as(people.ssr)
        .get(`${kallelse}?revision=${latest.revision - 1}`)
        .expect(404);
      await api.as(people.ssr).get(`${kallelse}?revision=${sent.revision}`).expect(200);
    });

    it('rebuilt from the first event, the carry-over read model and the kallelser give the same rows', async () => {
      const db = api.app.get(DataSource);
      const rows = () =>
        Promise.all([
          db.query('SELECT * FROM rm_group_meetings ORDER BY tenant_id, meeting_id'),
          db.query('SELECT * FROM rm_group_carry_over ORDER BY tenant_id, group_id'),
          db.query('SELECT * FROM rm_follow_up_groups ORDER BY tenant_id, follow_up_id'),
          db.query(
            `SELECT meeting_id, revision, document, stream_version FROM rm_documents
             WHERE kind = 'kallelse' ORDER BY tenant_id, meeting_id, revision`,
          ),
        ]);
      const live = await rows();
      expect(live[1].length).toBeGreaterThan(0);
      await rebuildFromScratch(api.app, carryOverProjection);
      await rebuildFromScratch(api.app, kallelserProjection);
      expect(await rows()).toEqual(live);
    });

    it('a meeting cancelled hands what returns to it on to the next one, whose kallelse follows', async () => {
      await api
        .as(people.viceChair)
        .post(`/api/meetings/${plan.march}/cancel`)
        .send({ reason: 'Förvaltningschefen är sjuk.' })
        .expect(200);
      await project();
      expect((await agendaOf(plan.april)).map(({ itemId, carryOver }) => [itemId, carryOver])).toEqual([
        [`deferred:${februaryId}:i-beslut`, 'proposed'],
        [`follow-up:${dueInApril}`, 'proposed'],
      ]);
      const html = visibleText(
        (await api.as(people.ssr).get(`/api/meetings/${plan.april}/documents/kallelse.html`)).text,
      );
      expect(html).toContain('Webbenkät årlig uppföljning – samverkan');
      expect(html).toContain('Bordlagd från § 6, 2019-02-25');
    });
  });

  describe('a confidential item deferred twice', () => {
    let people: Principals;
    let plan: Record<string, string>;
    let returnedId: string;
    const documentOf = (meetingId: string, file: string) => `/api/meetings/${meetingId}/documents/${file}`;
    const bytesAs = async (who: keyof Principals, path: string): Promise<Buffer> =>
      (await api.as(people[who]).get(path).buffer(true).parse(binaryBody).expect(200)).body as Buffer;

    beforeAll(async () => {
      let groupId: string;
      ({ people, groupId } = await seedGroup(api));
      plan = await planTheYear(people, groupId);
      const februaryId = await runningMeeting(api, people, groupId);
      const chair = api.as(people.viceChair);
      const february = `/api/meetings/${februaryId}`;
      await chair
        .put(`${february}/agenda`)
        .send({
          items: [
            {
              itemId: 'i-info',
              title: 'Nytt inom arbetsmiljö',
              kind: 'information',
              proposer: { side: 'employer' },
            },
            { itemId: 'i-rehab', title: SECRET_TITLE, kind: 'dialog', proposer: { side: 'employer' } },
          ],
          // Vision's item leaves this agenda: a union's item is taken off only with a reason.
          removals: [{ itemId: 'i-beslut', reason: 'Tas upp i april.' }],
        })
        .expect(200);
      await chair
        .put(`${february}/items/i-rehab/confidentiality`)
        .send({ reason: 'Enskilt ärende' })
        .expect(200);
      await chair.put(`${february}/items/i-info/information`).send({ text: 'Information.' }).expect(200);
      await chair.put(`${february}/items/i-rehab/deferral`).send({ reason: 'Underlag saknas.' }).expect(200);
      api.clock.set('2019-02-25T09:55:00Z');
      await chair.post(`${february}/close`).expect(200);
      returnedId = `deferred:${februaryId}:i-rehab`;
      await project();

      // March takes it on its agenda, defers it again and closes.
      const march = `/api/meetings/${plan.march}`;
      const [returning] = (await api.as(people.viceChair).get(march).expect(200)).body.agenda as Entry[];
      expect(returning).toMatchObject({ itemId: returnedId, title: SECRET_TITLE, confidential: true });
      await chair
        .put(`${march}/agenda`)
        .send({
          items: [
            { itemId: returnedId, title: SECRET_TITLE, kind: 'dialog', proposer: { side: 'employer' } },
          ],
        })
        .expect(200);
      await chair
        .post(`${march}/kallelse`)
        .send({ recipients: [PEOPLE.ssr] })
        .expect(200);
      api.clock.set('2019-03-25T07:30:00Z');
      await chair.put(`${march}/attendance`).send({ attendees: SEED_ATTENDANCE }).expect(200);
      await chair.put(`${march}/justerare`).send({ justerare: SEED_JUSTERARE }).expect(200);
      await chair
        .put(`${march}/items/${returnedId}/deferral`)
        .send({ reason: 'Fortfarande inget underlag.' })
        .expect(200);
      api.clock.set('2019-03-25T09:55:00Z');
      await chair.post(`${march}/close`).expect(200);
      await project();
    });

    it('returns on April’s agenda proposal, in full for the group and with a neutral title for HR', async () => {
      const member = (await api.as(people.ssr).get(`/api/meetings/${plan.april}`).expect(200)).body.agenda;
      expect(member).toEqual([
        expect.objectContaining({
          itemId: returnedId,
          title: SECRET_TITLE,
          confidential: true,
          origin: expect.objectContaining({
            fromMeetingId: plan.march,
            reason: 'Fortfarande inget underlag.',
          }),
        }),
      ]);
      const hr = await api.as(people.hr).get(`/api/meetings/${plan.april}`).expect(200);
      expect(hr.body.agenda).toEqual([
        expect.objectContaining({
          itemId: returnedId,
          title: '',
          records: expect.objectContaining({ confidential: { omitted: true } }),
        }),
      ]);
      expect(hr.text).not.toContain(SECRET_TITLE);
    });

    it('never shows its title on a kallelse outside the group: HTML, PDF and .ics, in March and April', async () => {
      for (const meetingId of [plan.march, plan.april]) {
        const html = (await bytesAs('hr', documentOf(meetingId, 'kallelse.html'))).toString('utf8');
        expect(html).not.toContain(SECRET_TITLE);
        expect(visibleText(html)).toMatch(/sekretess/i);
        const pdf = await readPdf(await bytesAs('hr', documentOf(meetingId, 'kallelse.pdf')));
        expect(pdf.text).not.toContain(SECRET_TITLE);
        // A calendar is treated as public, also for members.
        const ics = (await bytesAs('ssr', documentOf(meetingId, 'kallelse.ics'))).toString('utf8');
        expect(ics).not.toContain(SECRET_TITLE);
        const publicVersion = await bytesAs(
          'ssr',
          `${documentOf(meetingId, 'kallelse.html')}?audience=public`,
        );
        expect(publicVersion.toString('utf8')).not.toContain(SECRET_TITLE);
      }
    });

    it('keeps it out of March’s meeting view and protocol for HR, where it was deferred the second time', async () => {
      const view = await api.as(people.hr).get(`/api/meetings/${plan.march}`).expect(200);
      expect(view.text).not.toContain(SECRET_TITLE);
      const history = await api.as(people.hr).get(`/api/meetings/${plan.march}/history`).expect(200);
      expect(history.text).not.toContain(SECRET_TITLE);
      const protocol = (await bytesAs('hr', documentOf(plan.march, 'protokoll.html'))).toString('utf8');
      expect(protocol).not.toContain(SECRET_TITLE);
    });
  });
});

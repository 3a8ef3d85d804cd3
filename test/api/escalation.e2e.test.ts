/**
 * Issue 10, point 6: what a group cannot settle goes up to its parent (APT → VSG → FSG → CSG) or
 * to an MBL negotiation. An APT raises a question to the FSG/VSG above it: the question is on the
 * VSG's next kallelse with its origin (group, date, §), the VSG meeting takes it up, and its outcome
 * comes back as the answer on the APT's next kallelse. An item handed to an MBL negotiation cannot
 * be decided and returns to the group's next kallelse with the negotiation pending.
 */
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { carryOverProjection } from '#libs/meetings';
import { readPdf, words } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { type ApiTestApp, startApiTestApp } from './support/api-test-app.js';
import { projectToHead } from './support/project-to-head.js';
import {
  EMPLOYER,
  PEOPLE,
  type Principals,
  SEED_ATTENDANCE,
  SEED_JUSTERARE,
  seedGroup,
} from './support/seed-002-group.js';
import { binaryBody } from '../support/binary-body.js';

const QUESTION = 'Hur ska bemanningen på Hemtjänst Norr lösas under semesterperioden?';
const ANSWER = 'Förvaltningen tar in sex extra vikarier för juni–augusti.';
const APT_NAME = 'APT Hemtjänst Norr';
const VSG_NAME = 'FSG/VSG Socialförvaltningen';

describe('escalation: an APT question to its VSG and the answer back, an item to an MBL negotiation', () => {
  let api: ApiTestApp;
  let people: Principals;
  let vsgId: string;
  let aptId: string;
  let aptMarch: string;
  let vsgMarch: string;
  let vsgApril: string;
  let aptApril: string;
  afterAll(() => api?.close());

  const aptChair = () => api.as(people.chair);
  const vsgChair = () => api.as(people.viceChair);
  const meeting = (id: string) => `/api/meetings/${id}`;
  const project = () => projectToHead(api.app, [carryOverProjection, ...DOCUMENT_PROJECTIONS]);
  const bytesAs = async (who: keyof Principals, path: string): Promise<Buffer> =>
    (await api.as(people[who]).get(path).buffer(true).parse(binaryBody).expect(200)).body as Buffer;
  /** The kallelse as a reader sees it, in HTML and in the PDF, white space as spaces. */
  const kallelse = async (who: keyof Principals, meetingId: string) => ({
    html: words(
      visibleText((await bytesAs(who, `${meeting(meetingId)}/documents/kallelse.html`)).toString('utf8')),
    ),
    pdf: (await readPdf(await bytesAs(who, `${meeting(meetingId)}/documents/kallelse.pdf`))).text,
  });
  const schedule = async (
    who: () => ReturnType<ApiTestApp['as']>,
    groupId: string,
    day: string,
    hours: [string, string],
  ) => {
    await project();
    const { body } = await who()
      .post(`/api/groups/${groupId}/meetings`)
      .send({
        startsAt: `${day}T${hours[0]}:00+01:00`,
        endsAt: `${day}T${hours[1]}:00+01:00`,
        place: 'Kvarnen',
      })
      .expect(201);
    return body as { meetingId: string; carriedOver: { itemId: string; title: string; origin?: object }[] };
  };

  beforeAll(async () => {
    api = await startApiTestApp();
    api.clock.set('2019-02-01T08:00:00Z');
    ({ people, groupId: vsgId } = await seedGroup(api));
    const admin = api.as(people.admin);
    const created = await admin
      .post('/api/groups')
      .send({
        name: APT_NAME,
        levels: ['APT'],
        unitId: 'u-soc',
        parentGroupId: vsgId,
        actsAsSkyddskommitte: false,
      })
      .expect(201);
    aptId = created.body.groupId as string;
    for (const member of [
      { person: PEOPLE.chair, party: EMPLOYER, role: 'ordförande' },
      { person: PEOPLE.kommunal, role: 'ledamot' },
    ]) {
      await admin
        .post(`/api/groups/${aptId}/members`)
        .send({ ...member, joinedOn: '2019-01-01' })
        .expect(200);
    }

    // The APT on 4 March: the staffing question is raised to the VSG.
    api.clock.set('2019-02-20T08:00:00Z');
    aptMarch = (await schedule(aptChair, aptId, '2019-03-04', ['13:00', '14:00'])).meetingId;
    await aptChair()
      .put(`${meeting(aptMarch)}/agenda`)
      .send({
        items: [
          { itemId: 'i-schema', title: 'Sommarens scheman', kind: 'information', proposer: EMPLOYER },
          { itemId: 'i-bemanning', title: 'Bemanning i sommar', kind: 'dialog', proposer: EMPLOYER },
        ],
      })
      .expect(200);
    api.clock.set('2019-03-04T12:05:00Z');
    await aptChair()
      .put(`${meeting(aptMarch)}/attendance`)
      .send({
        attendees: [
          { person: PEOPLE.chair, party: EMPLOYER, role: 'ordförande', presence: 'present' },
          { person: PEOPLE.kommunal, role: 'ledamot', presence: 'present' },
        ],
      })
      .expect(200);
    await aptChair()
      .put(`${meeting(aptMarch)}/items/i-schema/information`)
      .send({ text: 'Schemat läggs ut i nästa vecka.' })
      .expect(200);
  });

  describe('at the APT', () => {
    const escalate = (body: object, itemId = 'i-bemanning', who = aptChair) =>
      who()
        .put(`${meeting(aptMarch)}/items/${itemId}/escalation`)
        .send(body);
    const version = async () => (await aptChair().get(meeting(aptMarch)).expect(200)).body.version as number;

    it('refuses bad input with problem+json and records nothing', async () => {
      const before = await version();
      const cases: [object, string, number, string][] = [
        [{ to: 'parent-group', groupId: aptId }, 'i-bemanning', 409, 'MEETING.ESCALATION_NOT_TO_PARENT'],
        [
          { to: 'parent-group', groupId: 'g-finns-inte' },
          'i-bemanning',
          409,
          'MEETING.ESCALATION_NOT_TO_PARENT',
        ],
        [{ to: 'parent-group', groupId: vsgId }, 'i-finns-inte', 409, 'MEETING.ITEM_NOT_ON_AGENDA'],
        [{ to: 'parent-group' }, 'i-bemanning', 400, 'REQUEST.INVALID'],
        [{ to: 'styrelsen' }, 'i-bemanning', 400, 'REQUEST.INVALID'],
        [{ to: 'parent-group', groupId: vsgId, question: '   ' }, 'i-bemanning', 400, 'REQUEST.INVALID'],
      ];
      for (const [body, itemId, status, code] of cases) {
        const response = await escalate(body, itemId);
        expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status, code });
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect(await version()).toBe(before);
    });

    it('lets only those who run the APT escalate: a member of the VSG gets 403', async () => {
      const response = await escalate({ to: 'parent-group', groupId: vsgId }, 'i-bemanning', () =>
        api.as(people.ssr),
      );
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
      });
    });

    it('raises the question to its parent; the item counts as handled and the APT closes', async () => {
      await escalate({ to: 'parent-group', groupId: vsgId, question: QUESTION }).expect(200);
      const { body: view } = await aptChair().get(meeting(aptMarch)).expect(200);
      expect(
        view.agenda.find((item: { itemId: string }) => item.itemId === 'i-bemanning').records,
      ).toMatchObject({
        escalation: {
          to: { kind: 'parent-group', groupId: vsgId, name: VSG_NAME, levels: ['FSG', 'VSG'] },
          question: QUESTION,
          from: { groupId: aptId, name: APT_NAME, levels: ['APT'] },
        },
      });
      // The same again changes nothing; another target is refused.
      const before = await version();
      await escalate({ to: 'parent-group', groupId: vsgId, question: QUESTION }).expect(200);
      expect(await version()).toBe(before);
      const other = await escalate({ to: 'mbl-negotiation' }).expect(409);
      expect(other.body.code).toBe('MEETING.ITEM_ALREADY_ESCALATED');
      const deferral = await aptChair()
        .put(`${meeting(aptMarch)}/items/i-bemanning/deferral`)
        .send({ reason: 'Vi tar det nästa gång.' })
        .expect(409);
      expect(deferral.body.code).toBe('MEETING.ITEM_ESCALATED');
      api.clock.set('2019-03-04T13:00:00Z');
      await aptChair()
        .post(`${meeting(aptMarch)}/close`)
        .expect(200);
      await project();
      const protocol = visibleText(
        (await bytesAs('chair', `${meeting(aptMarch)}/documents/protokoll.html`)).toString('utf8'),
      );
      expect(words(protocol)).toContain(`Frågan överlämnas till ${VSG_NAME}: ${QUESTION}`);
    });
  });

  describe('at the VSG', () => {
    it('finds the question on its next agenda proposal and kallelse with its origin (group, date, §)', async () => {
      api.clock.set('2019-03-05T08:00:00Z');
      const scheduled = await schedule(vsgChair, vsgId, '2019-03-18', ['08:30', '11:00']);
      vsgMarch = scheduled.meetingId;
      expect(scheduled.carriedOver).toEqual([
        expect.objectContaining({
          itemId: `escalated:${aptMarch}:i-bemanning`,
          title: 'Bemanning i sommar',
          origin: expect.objectContaining({
            kind: 'escalated',
            fromGroupId: aptId,
            fromGroupName: APT_NAME,
            fromMeetingId: aptMarch,
            fromDate: '2019-03-04',
            fromParagraph: expect.any(Number),
            question: QUESTION,
          }),
        }),
      ]);
      const paragraph = (scheduled.carriedOver[0].origin as { fromParagraph: number }).fromParagraph;
      await vsgChair()
        .put(`${meeting(vsgMarch)}/agenda`)
        .send({
          items: [
            {
              itemId: scheduled.carriedOver[0].itemId,
              title: 'Bemanning i sommar',
              kind: 'dialog',
              proposer: EMPLOYER,
            },
            {
              itemId: 'i-natt',
              title: 'Omorganisation av nattpatrullen',
              kind: 'beslut',
              proposer: EMPLOYER,
            },
          ],
        })
        .expect(200);
      await vsgChair()
        .post(`${meeting(vsgMarch)}/kallelse`)
        .send({ recipients: [PEOPLE.ssr] })
        .expect(200);
      await project();
      const { html, pdf } = await kallelse('ssr', vsgMarch);
      const origin = `Överlämnat från ${APT_NAME}, § ${paragraph}, 2019-03-04: ${QUESTION}`;
      expect(html).toContain(origin);
      expect(pdf).toContain(origin);
    });

    it('takes the question up, and hands the reorganisation to an MBL negotiation: its decision is blocked', async () => {
      api.clock.set('2019-03-18T07:35:00Z');
      await vsgChair()
        .put(`${meeting(vsgMarch)}/attendance`)
        .send({ attendees: SEED_ATTENDANCE })
        .expect(200);
      await vsgChair()
        .put(`${meeting(vsgMarch)}/justerare`)
        .send({ justerare: SEED_JUSTERARE })
        .expect(200);
      await vsgChair()
        .put(`${meeting(vsgMarch)}/items/escalated:${aptMarch}:i-bemanning/dialog`)
        .send({ text: ANSWER })
        .expect(200);
      await vsgChair()
        .put(`${meeting(vsgMarch)}/items/i-natt/escalation`)
        .send({ to: 'mbl-negotiation' })
        .expect(200);
      const blocked = await vsgChair()
        .put(`${meeting(vsgMarch)}/items/i-natt/decision`)
        .send({ text: 'Nattpatrullen slås ihop.', outcome: 'enighet' })
        .expect(409);
      expect(blocked.body.code).toBe('MEETING.DECISION_BLOCKED_BY_NEGOTIATION');
      // A VSG has no parent above it here: nothing to raise it to.
      const noParent = await vsgChair()
        .put(`${meeting(vsgMarch)}/items/escalated:${aptMarch}:i-bemanning/escalation`)
        .send({ to: 'parent-group', groupId: aptId })
        .expect(409);
      expect(noParent.body.code).toBe('MEETING.ESCALATION_NOT_TO_PARENT');
      api.clock.set('2019-03-18T09:50:00Z');
      await vsgChair()
        .post(`${meeting(vsgMarch)}/close`)
        .expect(200);
      await project();
      const protocol = words(
        visibleText((await bytesAs('ssr', `${meeting(vsgMarch)}/documents/protokoll.html`)).toString('utf8')),
      );
      expect(protocol).toContain('Ärendet överlämnas till förhandling enligt MBL.');
      expect(protocol).toContain(
        'Förhandling enligt MBL pågår: beslut fattas först när förhandlingen är avslutad.',
      );
    });

    it('shows the item handed to the MBL negotiation on its own next kallelse, the negotiation pending', async () => {
      api.clock.set('2019-03-19T08:00:00Z');
      const scheduled = await schedule(vsgChair, vsgId, '2019-04-15', ['08:30', '11:00']);
      vsgApril = scheduled.meetingId;
      expect(scheduled.carriedOver.map(({ itemId }) => itemId)).toEqual([`negotiation:${vsgMarch}:i-natt`]);
      await vsgChair()
        .post(`${meeting(vsgApril)}/kallelse`)
        .send({ recipients: [PEOPLE.ssr] })
        .expect(200);
      await project();
      const { html, pdf } = await kallelse('ssr', vsgApril);
      for (const text of [html, pdf]) {
        expect(text).toContain('Omorganisation av nattpatrullen');
        expect(text).toContain('förhandlingen pågår och beslut fattas när den är avslutad');
      }
    });
  });

  describe('back at the APT', () => {
    it("finds the VSG's answer on its next kallelse, with where it was raised", async () => {
      api.clock.set('2019-03-20T08:00:00Z');
      const scheduled = await schedule(aptChair, aptId, '2019-04-01', ['13:00', '14:00']);
      aptApril = scheduled.meetingId;
      expect(scheduled.carriedOver).toEqual([
        expect.objectContaining({
          itemId: `answer:${vsgMarch}:escalated:${aptMarch}:i-bemanning`,
          title: 'Bemanning i sommar',
          origin: expect.objectContaining({
            kind: 'answer',
            fromGroupId: vsgId,
            fromGroupName: VSG_NAME,
            fromMeetingId: vsgMarch,
            fromDate: '2019-03-18',
            answer: ANSWER,
            escalatedFromMeetingId: aptMarch,
            escalatedFromDate: '2019-03-04',
          }),
        }),
      ]);
      await aptChair()
        .post(`${meeting(aptApril)}/kallelse`)
        .send({ recipients: [PEOPLE.kommunal] })
        .expect(200);
      await project();
      const { html, pdf } = await kallelse('chair', aptApril);
      for (const text of [html, pdf]) {
        expect(text).toMatch(
          new RegExp(
            `Svar från ${VSG_NAME}, § \\d+, 2019-03-18 \\(överlämnat från § \\d+, 2019-03-04\\): ${ANSWER}`,
          ),
        );
      }
    });
  });
});

/**
 * Documents of a meeting whose texts try to be markup or template syntax, with a confidential item
 * and a revised protocol, over HTTP: what members and non-members get in HTML, PDF and .ics, the
 * history of revisions, and a rebuild of the document projections giving the same rows.
 */
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { readPdf } from '../../libs/documents/src/testing/read-pdf.fixtures.js';
import { visibleText } from '../../libs/documents/src/testing/visible-text.js';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from '../api/support/project-to-head.js';
import { closeRunningMeeting, runningMeeting } from '../api/support/running-meeting.js';
import { type Principals, seedGroup } from '../api/support/seed-002-group.js';
import { binaryBody } from '../support/binary-body.js';

const HOSTILE_TITLE = '<script>alert("å")</script> {{constructor}}';
const HOSTILE_TEXT = 'Text med <b>fet</b> stil, {{#each x}}{{/each}} & "citat"; komma, semikolon\\ och ÅÄÖ.';

describe('documents with hostile text, a confidential item and revisions', () => {
  let api: ApiTestApp;
  let people: Principals;
  let meetingId: string;
  let nextMeetingId = '';
  const documentOf = (id: string, file: string) => `/api/meetings/${id}/documents/${file}`;

  beforeAll(async () => {
    api = await startApiTestApp();
    let groupId: string;
    ({ people, groupId } = await seedGroup(api));
    meetingId = await runningMeeting(api, people, groupId);
    const chair = api.as(people.viceChair);
    const meeting = `/api/meetings/${meetingId}`;
    await chair
      .post(`${meeting}/ovriga-fragor`)
      .send({ itemId: 'i-hostile', title: HOSTILE_TITLE, proposer: { side: 'employer' } })
      .expect(201);
    await chair.put(`${meeting}/items/i-hostile/information`).send({ text: HOSTILE_TEXT }).expect(200);
    await chair
      .put(`${meeting}/items/i-dialog/confidentiality`)
      .send({ reason: 'Enskilt ärende' })
      .expect(200);
    await closeRunningMeeting(api, people, meetingId);

    api.clock.set('2019-03-01T09:00:00Z');
    const { body } = await chair
      .post(`/api/groups/${groupId}/meetings`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T11:00:00+01:00', place: 'Kvarnen' })
      .expect(201);
    nextMeetingId = body.meetingId;
    await projectToHead(api.app, DOCUMENT_PROJECTIONS);
  });
  afterAll(() => api?.close());

  const fetchAs = async (who: keyof Principals, path: string) => {
    const response = await api.as(people[who]).get(path).buffer(true).parse(binaryBody);
    return { status: response.status, headers: response.headers, bytes: response.body as Buffer };
  };
  const textOf = async (who: keyof Principals, path: string) =>
    (await fetchAs(who, path)).bytes.toString('utf8');

  describe('text that looks like markup or a template', () => {
    it('comes out as text in HTML: escaped in the source, readable on the page', async () => {
      const html = await textOf('ssr', documentOf(meetingId, 'protokoll.html'));
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain('<b>fet</b>');
      expect(html).toContain('&lt;script&gt;');
      const text = visibleText(html);
      expect(text).toContain(HOSTILE_TITLE);
      expect(text).toContain(HOSTILE_TEXT);
    });

    it('comes out as text in the PDF', async () => {
      const pdf = await readPdf((await fetchAs('ssr', documentOf(meetingId, 'protokoll.pdf'))).bytes);
      expect(pdf.text).toContain(HOSTILE_TITLE);
      expect(pdf.text).toContain(HOSTILE_TEXT);
    });

    it('comes out as text in the kallelse invitation, read back by an iCalendar parser', async () => {
      const ics = await textOf('ssr', documentOf(meetingId, 'kallelse.ics'));
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.description).toContain(HOSTILE_TITLE);
    });
  });

  describe('a confidential item', () => {
    it('is shown whole to the group’s members', async () => {
      const text = visibleText(await textOf('ssr', documentOf(meetingId, 'protokoll.html')));
      expect(text).toContain('Uppföljning av avslutningssamtalen');
      expect(text).toContain('Parterna ser positivt på enkäterna.');
    });

    it('is left out for HR (even asking for the members’ version), and for a member asking for the public one, with a note', async () => {
      for (const [who, file] of [
        ['hr', 'protokoll.html'],
        ['hr', 'protokoll.html?audience=members'],
        ['ssr', 'protokoll.html?audience=public'],
        ['hr', 'minnesanteckningar.html'],
      ] as const) {
        const page = await fetchAs(who, documentOf(meetingId, file));
        expect(page.headers['x-document-audience']).toBe('public');
        const text = visibleText(page.bytes.toString('utf8'));
        expect(text).not.toContain('Uppföljning av avslutningssamtalen');
        expect(text).not.toContain('Parterna ser positivt på enkäterna.');
        expect(text).toMatch(/sekretess/i);
        expect(text).toContain('Nytt inom arbetsmiljö');
      }
      const pdf = await readPdf((await fetchAs('hr', documentOf(meetingId, 'protokoll.pdf'))).bytes);
      expect(pdf.text).not.toContain('Uppföljning av avslutningssamtalen');
      expect(pdf.text).toMatch(/sekretess/i);
      const json = JSON.parse(await textOf('hr', documentOf(meetingId, 'protokoll.json')));
      expect(json.document.omittedItems).toBe(1);
    });
  });

  describe('revisions and versions', () => {
    it('keeps the first revision readable after the secretary revises the protocol', async () => {
      await api
        .as(people.secretary)
        .post(`/api/meetings/${meetingId}/protocol/revisions`)
        .send({
          reason: 'Stavfel',
          corrections: [
            {
              itemId: 'i-info',
              record: 'information',
              text: 'Förvaltningen arbetar vidare med APT – rättat.',
            },
          ],
        })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const latest = JSON.parse(await textOf('ssr', documentOf(meetingId, 'protokoll.json')));
      expect(latest.revision).toBe(2);
      expect(latest.document.revision).toMatchObject({
        revision: 2,
        kind: 'revision',
        reason: 'Stavfel',
        superseded: false,
      });
      const first = JSON.parse(await textOf('ssr', documentOf(meetingId, 'protokoll.json?revision=1')));
      expect(first.document.revision).toMatchObject({ revision: 1, kind: 'original', superseded: true });
      const html = visibleText(await textOf('ssr', documentOf(meetingId, 'protokoll.html?revision=1')));
      expect(html).toContain('Förvaltningen arbetar vidare med APT.');
      expect(html).not.toContain('rättat');
      const missing = await fetchAs('ssr', documentOf(meetingId, 'protokoll.json?revision=7'));
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.bytes.toString('utf8')).code).toBe('DOCUMENT.NOT_FOUND');
    });

    it('raises the kallelse’s SEQUENCE when the meeting moves, keeps its UID, and sends CANCEL when it is cancelled', async () => {
      const eventOf = async () => {
        const ics = await textOf('ssr', documentOf(nextMeetingId, 'kallelse.ics'));
        const calendar = new ICAL.Component(ICAL.parse(ics));
        const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
        return {
          uid: event.uid,
          sequence: event.sequence,
          method: calendar.getFirstPropertyValue('method'),
          start: event.startDate.toJSDate().toISOString(),
        };
      };
      const before = await eventOf();
      // No kallelse issued yet for this meeting: a published tentative event, not an invitation.
      expect(before.method).toBe('PUBLISH');
      const chair = api.as(people.viceChair);
      await chair
        .post(`/api/meetings/${nextMeetingId}/reschedule`)
        .send({
          startsAt: '2019-03-26T08:30:00+01:00',
          endsAt: '2019-03-26T11:00:00+01:00',
          place: 'Kvarnen',
        })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const moved = await eventOf();
      expect(moved.uid).toBe(before.uid);
      expect(moved.sequence).toBeGreaterThan(before.sequence);
      expect(moved.start).toBe('2019-03-26T07:30:00.000Z');
      await chair
        .post(`/api/meetings/${nextMeetingId}/cancel`)
        .send({ reason: 'Ordföranden är sjuk' })
        .expect(200);
      await projectToHead(api.app, DOCUMENT_PROJECTIONS);
      const cancelled = await eventOf();
      expect(cancelled).toMatchObject({ uid: before.uid, method: 'CANCEL' });
      expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    });
  });

  it('gives the same rows when the document projections are rebuilt from the first event', async () => {
    const rows = () =>
      api.app.get(DataSource).query(
        `SELECT tenant_id, meeting_id, kind, revision, document::text AS document, stream_version, updated_at
           FROM rm_documents ORDER BY tenant_id, meeting_id, kind, revision`,
      );
    const before = await rows();
    expect(before.length).toBeGreaterThan(6);
    for (const projection of DOCUMENT_PROJECTIONS) await rebuildFromScratch(api.app, projection);
    expect(await rows()).toEqual(before);
  });
});

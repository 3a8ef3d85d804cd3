/**
 * The kallelse e-mailed as a calendar invitation (issue 12): issued, moved and cancelled through
 * the API, the invitations reaction records the messages, the worker's sender delivers them to a
 * real SMTP server, and the messages and their .ics are read back with mailparser and ical.js.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { parseInvitation } from '../../libs/documents/src/testing/ical-reader.fixtures.js';
import { invitationsReaction } from '#libs/invitations';
import { OutboxSender } from '#libs/mail';
import { kallelserProjection } from '#libs/meeting-documents';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { SMALL_AGENDA } from '../api/support/running-meeting.js';
import { PEOPLE, type Principals, seedGroup } from '../api/support/seed-002-group.js';
import { waitFor } from '../event-store/wait-for.js';
import { type ReceivedMail, type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';

const SENDER = 'samverkan@exempelstad.se';
const MARCH = {
  startsAt: '2019-03-11T08:30:00+01:00',
  endsAt: '2019-03-11T10:00:00+01:00',
  place: 'Kvarnen',
};

describe('the kallelse as a calendar invitation, by e-mail', () => {
  let api: ApiTestApp;
  let smtp: SmtpTestServer;
  let sender: OutboxSender;
  let config: AppConfig;
  let people: Principals;
  let groupId: string;
  let tenantId: string;
  const reaction = invitationsReaction({
    calendarDomain: 'samverkan.exempelstad.se',
    senderEmail: SENDER,
    publicBaseUrl: 'https://samverkan.exempelstad.se',
  });
  // Two members with accounts (one with Å/Ä/Ö in the name), one without: Vision's representative.
  const cornelia = { personId: randomUUID(), name: 'Cornelia Sjöström' };
  const ake = { personId: randomUUID(), name: 'Åke Öberg' };
  const gone = { personId: randomUUID(), name: 'Gunnar Borta' };

  beforeAll(async () => {
    api = await startApiTestApp();
    smtp = await startSmtpTestServer();
    ({ people, groupId, tenantId } = await seedGroup(api));
    const db = api.app.get(DataSource);
    const account = (person: { personId: string; name: string }, email: string) =>
      db.query(
        `INSERT INTO identity_accounts (id, tenant_id, email, display_name, password_hash, created_at)
         VALUES ($1, $2, $3, $4, 'scrypt$test', now())`,
        [person.personId, tenantId, email, person.name],
      );
    await account(cornelia, 'cornelia.sjostrom@exempelstad.se');
    await account(ake, 'ake.oberg@exempelstad.se');
    await account(gone, 'finns-inte@exempelstad.se');
    // A reaction starts at the head of the log: registered before the meetings it will invite to.
    await projectToHead(api.app, [kallelserProjection, reaction]);
    config = Object.assign(new AppConfig(), {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'off',
      mailFrom: `Samverkan <${SENDER}>`,
      mailPollMs: 50,
      mailRetryMaxMs: 200,
    });
    sender = new OutboxSender(db, config);
    sender.onApplicationBootstrap();
  });
  afterAll(async () => {
    await sender?.beforeApplicationShutdown();
    await smtp?.stop();
    await api?.close();
  });

  const chair = () => api.as(people.viceChair);
  const deliver = () => projectToHead(api.app, [kallelserProjection, reaction]);
  const mailsTo = (address: string) => smtp.received.filter(({ envelopeTo }) => envelopeTo.includes(address));
  const calendarOf = (received: ReceivedMail) => {
    const part = received.mail.attachments.find((attachment) =>
      attachment.contentType.startsWith('text/calendar'),
    );
    if (!part) throw new Error(`no text/calendar part in "${received.mail.subject}"`);
    return parseInvitation(part.content.toString('utf8'));
  };
  const deliveries = async (meetingId: string) =>
    (await chair().get(`/api/meetings/${meetingId}/mail-deliveries`).expect(200)).body as {
      kind: string;
      recipientName: string;
      recipient: string | null;
      status: string;
      attempts: number;
      lastError: string | null;
    }[];

  /** Until the sender has done with every message about the meeting (sent, failed or never sendable). */
  const settled = (meetingId: string) =>
    waitFor(
      () => deliveries(meetingId),
      (rows) => rows.every((row) => row.status !== 'pending'),
    );

  async function issuedMeeting(): Promise<string> {
    api.clock.set('2019-02-01T09:00:00Z');
    const { body } = await chair().post(`/api/groups/${groupId}/meetings`).send(MARCH).expect(201);
    const meetingId = body.meetingId as string;
    await chair().put(`/api/meetings/${meetingId}/agenda`).send({ items: SMALL_AGENDA }).expect(200);
    await chair()
      .post(`/api/meetings/${meetingId}/kallelse`)
      .send({ recipients: [cornelia, ake, PEOPLE.vision, gone] })
      .expect(200);
    await deliver();
    return meetingId;
  }

  let meetingId: string;

  it('sends each invited person with an address one invitation their calendar can answer', async () => {
    meetingId = await issuedMeeting();
    await waitFor(
      async () => [
        mailsTo('cornelia.sjostrom@exempelstad.se').length,
        mailsTo('ake.oberg@exempelstad.se').length,
      ],
      (counts) => counts.every((count) => count === 1),
    );
    const [received] = mailsTo('ake.oberg@exempelstad.se') as [ReceivedMail];
    expect(received.mail.subject).toBe(
      'Kallelse: FSG/VSG – Socialförvaltningen, den 11 mars 2019 kl. 08.30–10.00',
    );
    expect(received.mail.from?.value).toEqual([{ name: 'Samverkan', address: SENDER }]);
    expect(received.mail.text).toContain('Hej Åke Öberg!');
    expect(received.mail.text).toContain('Plats: Kvarnen');
    expect(received.mail.text).toContain(
      `Läs kallelsen: https://samverkan.exempelstad.se/api/meetings/${meetingId}/documents/kallelse.html`,
    );
    expect(received.mail.html).toContain('Hej Åke Öberg!');

    const { calendar, event, vevent } = calendarOf(received);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`${meetingId}@samverkan.exempelstad.se`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2019-03-11T07:30:00.000Z');
    expect(vevent.getFirstPropertyValue('organizer')).toBe(`mailto:${SENDER}`);
    // The scheme is case-insensitive (RFC 5545 §3.3.3); ical-generator writes MAILTO.
    const attendees = vevent.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue()));
    expect(attendees.map((address) => address.replace(/^mailto:/i, 'mailto:'))).toEqual([
      'mailto:cornelia.sjostrom@exempelstad.se',
      'mailto:ake.oberg@exempelstad.se',
      'mailto:finns-inte@exempelstad.se',
    ]);
  });

  it('shows the chair who got it, who has no address and whose address the mail server refused', async () => {
    const rows = await settled(meetingId);
    const byName = Object.fromEntries(rows.map((row) => [row.recipientName, row]));
    expect(byName['Cornelia Sjöström']).toMatchObject({ kind: 'invitation', status: 'sent', attempts: 1 });
    expect(byName[PEOPLE.vision.name]).toMatchObject({ status: 'unaddressed', recipient: null });
    expect(byName['Gunnar Borta']).toMatchObject({ status: 'failed', attempts: 1 });
    expect(byName['Gunnar Borta']?.lastError).toContain('550');
    // Refused for good: not tried again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await deliveries(meetingId)).find((row) => row.recipientName === 'Gunnar Borta')?.attempts).toBe(
      1,
    );
    await api.as(people.ssr).get(`/api/meetings/${meetingId}/mail-deliveries`).expect(403);
  });

  it('sends an update with a higher SEQUENCE when the meeting moves, for the same calendar event', async () => {
    const first = calendarOf(mailsTo('cornelia.sjostrom@exempelstad.se')[0] as ReceivedMail);
    await chair()
      .post(`/api/meetings/${meetingId}/reschedule`)
      .send({
        startsAt: '2019-03-18T13:00:00+01:00',
        endsAt: '2019-03-18T15:00:00+01:00',
        place: 'Stora salen',
      })
      .expect(200);
    await deliver();
    await waitFor(
      async () => mailsTo('cornelia.sjostrom@exempelstad.se').length,
      (count) => count === 2,
    );
    const update = mailsTo('cornelia.sjostrom@exempelstad.se')[1] as ReceivedMail;
    expect(update.mail.subject).toMatch(/^Ändrad kallelse: .*18 mars 2019 kl\. 13\.00–15\.00$/);
    const moved = calendarOf(update);
    expect(moved.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(moved.event.location).toBe('Stora salen');
  });

  it('while the mail server is away, keeps the cancellation and delivers it once it is back', async () => {
    await settled(meetingId);
    await smtp.stop();
    await chair()
      .post(`/api/meetings/${meetingId}/cancel`)
      .send({ reason: 'Förvaltningschefen är sjuk; åter i april.' })
      .expect(200);
    await deliver();
    await waitFor(
      () => deliveries(meetingId),
      (rows) =>
        rows.some((row) => row.kind === 'invitation-cancel' && row.attempts >= 2 && row.status === 'pending'),
    );
    await smtp.start();
    await waitFor(
      async () => mailsTo('ake.oberg@exempelstad.se').length,
      (count) => count === 3,
    );
    const cancel = calendarOf(mailsTo('ake.oberg@exempelstad.se')[2] as ReceivedMail);
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const cancelled = (await deliveries(meetingId)).filter((row) => row.kind === 'invitation-cancel');
    expect(cancelled.find((row) => row.recipientName === 'Åke Öberg')).toMatchObject({ status: 'sent' });
  });

  it('sends nothing twice: the reaction run again and a second sender started add no message', async () => {
    await settled(meetingId);
    const before = smtp.received.length;
    await deliver();
    const second = new OutboxSender(api.app.get(DataSource), config);
    second.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.beforeApplicationShutdown();
    expect(smtp.received.length).toBe(before);
    // Every message went once per person and kind.
    const keys = smtp.received.map(
      ({ envelopeTo, mail }) => `${envelopeTo.join()} ${mail.subject?.split(':')[0]}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('invites nobody to a meeting moved before its kallelse went out', async () => {
    const before = smtp.received.length;
    api.clock.set('2019-02-01T09:00:00Z');
    const { body } = await chair().post(`/api/groups/${groupId}/meetings`).send(MARCH).expect(201);
    await chair()
      .post(`/api/meetings/${body.meetingId}/reschedule`)
      .send({ startsAt: '2019-03-25T08:30:00+01:00', endsAt: '2019-03-25T10:00:00+01:00', place: 'Kvarnen' })
      .expect(200);
    await deliver();
    expect(await deliveries(body.meetingId)).toEqual([]);
    expect(smtp.received.length).toBe(before);
  });
});

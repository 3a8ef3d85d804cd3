/**
 * Issue 12, "done when", on the demo organisation: the demo loaded through the API, the worker's
 * reaction, read models and sender run as `npm start` runs them, e-mail to a real SMTP server (smtp-server, read back with mailparser): its
 * kallelser arrive as invitations a calendar accepts (ical.js), and moving the clock past the due
 * date of the follow-up still open produces exactly its reminders, to its responsible person.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { PgEventStore, type Projection } from '#libs/event-store';
import { followUpsProjection } from '#libs/follow-ups';
import { groupsProjection } from '#libs/groups';
import { AccountService, PasswordHasher, systemClock } from '#libs/identity';
import { invitationsReaction, justeringMailReaction } from '#libs/invitations';
import { OutboxSender } from '#libs/mail';
import { kallelserProjection } from '#libs/meeting-documents';
import { reminderScheduleProjection, ReminderSweep } from '#libs/reminders';
import { ReminderAccountsFromIdentity } from '#libs/service';
import { SEED_002, SEED_002_JUSTERARE } from '#libs/seeds';
import { createTestDatabase, type TestDatabase } from '#libs/testing';
import { createDemoApp } from '../../apps/demo/src/demo-app.js';
import { type DemoSummary, loadDemo } from '../../apps/demo/src/demo-loader.js';
import { DEMO_TENANT } from '../../apps/demo/src/demo-people.js';
import { parseInvitation } from '../../libs/documents/src/testing/ical-reader.fixtures.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { TestClock } from '../api/support/test-clock.js';
import { waitFor } from '../event-store/wait-for.js';
import { type ReceivedMail, type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';

describe('the demo organisation by e-mail', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let smtp: SmtpTestServer;
  let summary: DemoSummary;
  let sender: OutboxSender;
  const invitations = invitationsReaction({
    calendarDomain: 'samverkan.localhost',
    senderEmail: 'samverkan@samverkan.localhost',
    publicBaseUrl: 'http://127.0.0.1:3000',
  });
  let justering: Projection;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpTestServer();
    const config = Object.assign(new AppConfig(), {
      dbPoolSize: 4,
      logLevel: 'warn',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'off',
      mailPollMs: 50,
    });
    app = await createDemoApp({ config, databaseUrl: database.url, logger: ['error'] });
    justering = justeringMailReaction({ publicBaseUrl: 'http://127.0.0.1:3000' }, app.get(PgEventStore));
    // The worker's part, as `npm start` runs it: the invitations reaction (from the head of the
    // log, so started before the demo is loaded), the kallelse read model it reads, the sender.
    await projectToHead(app, [invitations, justering]);
    summary = await loadDemo(app);
    await projectToHead(app, [kallelserProjection, invitations, justering]);
    sender = new OutboxSender(app.get(DataSource), config);
    sender.onApplicationBootstrap();
  });
  afterAll(async () => {
    await sender?.beforeApplicationShutdown();
    await app?.close();
    await smtp?.stop();
    await database?.drop();
  });

  const dataSource = () => app.get(DataSource);
  const pending = async () =>
    Number(
      (
        await dataSource().query(
          `SELECT count(*) AS n FROM mail_outbox WHERE tenant_id = $1 AND status = 'pending'`,
          [DEMO_TENANT],
        )
      )[0].n,
    );
  const loginOf = (name: string) => summary.logins.find((login) => login.name === name);

  it("e-mails the APT's April kallelse to its members as an invitation to answer", async () => {
    const ordforande = loginOf(SEED_002.people.chair.name)!;
    const invitation = await waitFor(
      async () =>
        smtp.received.find(
          ({ envelopeTo, mail }) =>
            envelopeTo.includes(ordforande.email) && /^Kallelse: .*8 april 2019/.test(mail.subject ?? ''),
        ),
      (found) => found !== undefined,
    );
    const part = (invitation as ReceivedMail).mail.attachments.find((attachment) =>
      attachment.contentType.startsWith('text/calendar'),
    );
    const { calendar, event } = parseInvitation(part!.content.toString('utf8'));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`${summary.meetings.aptNext.meetingId}@samverkan.localhost`);
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toContain(
      `mailto:${ordforande.email}`,
    );
  });

  it("asks the March protocol's justerare by e-mail, with the last date and a link to the justering", async () => {
    const number = `${SEED_002.meetings.next.protocolNumber}`;
    for (const who of SEED_002_JUSTERARE) {
      const justerare = loginOf(SEED_002.people[who].name)!;
      const asked = await waitFor(
        async () =>
          smtp.received.find(
            ({ envelopeTo, mail }) =>
              envelopeTo.includes(justerare.email) && (mail.subject ?? '').startsWith('Justering: '),
          ),
        (found) => found !== undefined,
      );
      const { mail } = asked as ReceivedMail;
      expect(mail.subject).toMatch(/, senast \d{4}-\d{2}-\d{2}$/);
      expect(mail.subject).toContain(number);
      expect(mail.text).toContain(`http://127.0.0.1:3000/justering/${summary.meetings.next.meetingId}`);
    }
  });

  it('reminds the responsible person of the follow-up still open, before, on and after its date, and tells HR', async () => {
    await waitFor(pending, (count) => count === 0);
    const before = smtp.received.length;
    await projectToHead(app, [followUpsProjection, groupsProjection, reminderScheduleProjection]);
    const clock = new TestClock('2019-05-19T06:00:00Z');
    const sweep = new ReminderSweep(
      dataSource(),
      new ReminderAccountsFromIdentity(new AccountService(dataSource(), new PasswordHasher(), systemClock)),
      clock,
      app.get(AppConfig),
    );
    for (const day of ['2019-05-19', '2019-05-20', '2019-05-21', '2019-05-26', '2019-05-27', '2019-05-28']) {
      clock.set(`${day}T06:00:00Z`);
      await sweep.run();
    }
    await waitFor(pending, (count) => count === 0);
    const open = SEED_002.followUps.find((followUp) => followUp.dueDate > SEED_002.meetings.next.date)!;
    const responsible = loginOf(SEED_002.people[open.responsible].name)!;
    // Everything the days swept sent, nothing else: the follow-ups completed on 25 March are silent.
    const reminders = smtp.received.slice(before);
    const hr = summary.logins.find((login) => login.role === 'hr')!;
    expect(reminders.map(({ envelopeTo, mail }) => [envelopeTo, mail.subject])).toEqual([
      [[responsible.email], 'Påminnelse: uppföljning ska vara klar den 27 maj 2019'],
      [[responsible.email], 'Påminnelse: uppföljning ska vara klar i dag'],
      [[responsible.email], 'Försenad uppföljning: skulle ha varit klar den 27 maj 2019'],
      [[hr.email], 'Försenade uppföljningar 2019-05-28: 1 ny'],
    ]);
    expect(reminders[0]?.mail.text).toContain(open.action);
  });
});

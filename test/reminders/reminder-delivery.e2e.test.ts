/**
 * Issue 12: the reminders of a follow-up, moved past its due date by the clock, arrive at a real
 * SMTP server (smtp-server, read back with mailparser) through the worker's outbox sender: the
 * responsible person's before, due and overdue reminders, the chair in copy once overdue, HR's
 * digest; each once, however often the sweep and the sender run.
 */
import { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { OutboxSender } from '#libs/mail';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { waitFor } from '../event-store/wait-for.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { assignFollowUp, reminderTenant, type ReminderTenant, sweepDays } from './support/reminder-world.js';

describe('reminders delivered by e-mail', () => {
  let api: ApiTestApp;
  let smtp: SmtpTestServer;
  let sender: OutboxSender;
  let tenant: ReminderTenant;

  beforeAll(async () => {
    api = await startApiTestApp();
    smtp = await startSmtpTestServer();
    tenant = await reminderTenant(api);
    await assignFollowUp(
      api,
      tenant,
      'Redovisa tillbuden för Åsa-, Änge- och Ölandsenheten',
      tenant.responsible,
      '2019-03-25',
    );
    const config = Object.assign(new AppConfig(), {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'off',
      mailFrom: 'Samverkan <samverkan@exempelstad.se>',
      mailPollMs: 50,
    });
    sender = new OutboxSender(api.app.get(DataSource), config);
    sender.onApplicationBootstrap();
  });
  afterAll(async () => {
    await sender?.beforeApplicationShutdown();
    await smtp?.stop();
    await api?.close();
  });

  const pending = async () =>
    Number(
      (
        await api.app
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM mail_outbox WHERE tenant_id = $1 AND status = 'pending'`, [
            tenant.tenantId,
          ])
      )[0].n,
    );
  const delivered = () =>
    smtp.received.map(({ envelopeTo, mail }) => ({
      to: envelopeTo,
      cc: [mail.cc ?? []].flat().flatMap((address) => address.value.map((one) => one.address)),
      subject: mail.subject,
      text: mail.text ?? '',
    }));

  it('delivers the before, due and overdue reminders, the chair in copy once overdue, and HR’s digest', async () => {
    await sweepDays(api, '2019-03-17', '2019-03-26');
    await waitFor(pending, (count) => count === 0);
    const mails = delivered();
    const about = (prefix: string) => mails.filter((mail) => mail.subject?.startsWith(prefix));
    expect(about('Påminnelse:').map(({ to, cc, subject }) => ({ to, cc, subject }))).toEqual([
      {
        to: [tenant.responsible.email],
        cc: [],
        subject: 'Påminnelse: uppföljning ska vara klar den 25 mars 2019',
      },
      { to: [tenant.responsible.email], cc: [], subject: 'Påminnelse: uppföljning ska vara klar i dag' },
    ]);
    expect(about('Påminnelse:')[0]?.text).toContain(
      'Åtgärd: Redovisa tillbuden för Åsa-, Änge- och Ölandsenheten',
    );
    const overdue = about('Försenad uppföljning:');
    expect(overdue).toHaveLength(1);
    // The chair is in copy: in the Cc header, and the SMTP envelope carries the copy to them.
    expect(overdue[0]).toMatchObject({ cc: [tenant.chair.email] });
    expect([...(overdue[0]?.to ?? [])].sort()).toEqual([tenant.chair.email, tenant.responsible.email].sort());
    expect(overdue[0]?.text).toContain(`/uppfoljningar?groupId=${tenant.groupId}`);
    const digests = mails.filter((mail) => mail.to.includes(tenant.hr!.email));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain('Redovisa tillbuden för Åsa-, Änge- och Ölandsenheten');
    expect(mails.length).toBe(new Set(mails.map((mail) => `${mail.to.join()} ${mail.subject}`)).size);
  });

  it('sends nothing again when the same days are swept once more', async () => {
    const before = smtp.received.length;
    await sweepDays(api, '2019-03-17', '2019-03-26');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await pending()).toBe(0);
    expect(smtp.received.length).toBe(before);
  });
});

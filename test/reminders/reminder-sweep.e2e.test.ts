import { DataSource } from 'typeorm';
import { CONFIDENTIAL_FOLLOW_UP, reminderScheduleProjection } from '#libs/reminders';
import { followUpsProjection } from '#libs/follow-ups';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead, rebuildFromScratch } from '../api/support/project-to-head.js';
import { PEOPLE } from '../api/support/seed-002-group.js';
import {
  assignFollowUp,
  ledgerOf,
  outboxOf,
  READ_MODELS,
  reminderTenant,
  type ReminderTenant,
  sweepDays,
  sweeperOf,
} from './support/reminder-world.js';

/**
 * Issue 12, reminders: follow-ups made through the API, the clock moved day by day, and exactly
 * the expected rows in mail_outbox: none twice after a second sweep, two sweeps at once, or a
 * rebuild of the read models.
 */
describe('reminders of open follow-ups', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp();
  });
  afterAll(() => api?.close());

  const keys = async (tenant: ReminderTenant) =>
    (await outboxOf(api, tenant.tenantId)).map((row) => row.message_key).sort();

  describe('one follow-up, day by day', () => {
    let tenant: ReminderTenant;
    let followUpId: string;
    const expectedUntil9April = () => {
      const r = tenant.responsible.email;
      return [
        `hr-digest:2019-03-26:${tenant.hr!.email}`,
        `reminder:${followUpId}:before:2019-03-25:0:${r}`,
        `reminder:${followUpId}:due:2019-03-25:0:${r}`,
        `reminder:${followUpId}:overdue:2019-03-25:0:${r}`,
        `reminder:${followUpId}:weekly:2019-03-25:1:${r}`,
        `reminder:${followUpId}:weekly:2019-03-25:2:${r}`,
      ].sort();
    };

    beforeAll(async () => {
      tenant = await reminderTenant(api);
      followUpId = await assignFollowUp(
        api,
        tenant,
        'Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter',
        tenant.responsible,
        '2019-03-25',
      );
      await sweepDays(api, '2019-03-01', '2019-04-09');
    });

    it('sends before (7 days ahead), due, overdue and weekly reminders, and one HR digest', async () => {
      expect(await keys(tenant)).toEqual(expectedUntil9April());
    });

    it('goes to the responsible person; the chair is in copy only once it is overdue', async () => {
      const rows = await outboxOf(api, tenant.tenantId);
      const of = (kind: string) => rows.find((row) => row.kind === kind)!;
      expect(of('reminder-before')).toMatchObject({ recipient: tenant.responsible.email, cc: [] });
      expect(of('reminder-due')).toMatchObject({ recipient: tenant.responsible.email, cc: [] });
      expect(of('reminder-overdue')).toMatchObject({
        recipient: tenant.responsible.email,
        cc: [tenant.chair.email],
      });
      expect(of('reminder-weekly')).toMatchObject({ cc: [tenant.chair.email] });
      expect(of('reminder-before').subject).toBe('Påminnelse: uppföljning ska vara klar den 25 mars 2019');
      expect(of('reminder-before').text_body).toContain(
        'Åtgärd: Utvärdera avslutningsenkäterna – även för Å/Ä/Ö-enheter',
      );
      expect(of('reminder-before').text_body).toContain(`/uppfoljningar?groupId=${tenant.groupId}`);
      expect(of('reminder-overdue').subject).toBe(
        'Försenad uppföljning: skulle ha varit klar den 25 mars 2019',
      );
    });

    it('the HR digest of 26 March lists it, to the HR account', async () => {
      const digest = (await outboxOf(api, tenant.tenantId)).find((row) => row.kind === 'hr-digest')!;
      expect(digest.recipient).toBe(tenant.hr!.email);
      expect(digest.subject).toBe('Försenade uppföljningar 2019-03-26: 1 ny');
      expect(digest.text_body).toContain('Utvärdera avslutningsenkäterna');
      expect(digest.text_body).toContain('ansvarig Rut Ansvarig, skulle vara klar 2019-03-25');
    });

    it('a second sweep of the same days records nothing more', async () => {
      await sweepDays(api, '2019-03-18', '2019-04-09');
      expect(await keys(tenant)).toEqual(expectedUntil9April());
    });

    it('two sweeps at once record the weekly reminder of 16 April once', async () => {
      api.clock.set('2019-04-16T06:00:00Z');
      const reports = await Promise.all([sweeperOf(api).run(), sweeperOf(api).run(), sweeperOf(api).run()]);
      const recorded = reports
        .flatMap((report) => report.reminders)
        .filter((r) => r.followUpId === followUpId);
      expect(recorded).toEqual([expect.objectContaining({ kind: 'weekly', seq: 3 })]);
      const weekly3 = (await keys(tenant)).filter((key) => key.includes(':weekly:2019-03-25:3:'));
      expect(weekly3).toHaveLength(1);
    });

    it('after the read models are rebuilt from the first event, nothing is sent again; the series goes on', async () => {
      await rebuildFromScratch(api.app, followUpsProjection);
      await rebuildFromScratch(api.app, reminderScheduleProjection);
      await sweepDays(api, '2019-04-16', '2019-04-22');
      const before = await keys(tenant);
      expect(before).toHaveLength(expectedUntil9April().length + 1);
      await sweepDays(api, '2019-04-23', '2019-04-23');
      expect((await keys(tenant)).filter((key) => !before.includes(key))).toEqual([
        `reminder:${followUpId}:weekly:2019-03-25:4:${tenant.responsible.email}`,
      ]);
    });
  });

  describe('rescheduling and completing', () => {
    let tenant: ReminderTenant;
    let moved: string;
    let completed: string;

    beforeAll(async () => {
      tenant = await reminderTenant(api, { hr: false });
      moved = await assignFollowUp(
        api,
        tenant,
        'Redovisa tillbud för mars',
        tenant.responsible,
        '2019-03-25',
      );
      completed = await assignFollowUp(api, tenant, 'Boka skyddsrond', tenant.responsible, '2019-03-25');
      await sweepDays(api, '2019-03-18', '2019-03-19');
      const chair = api.as(tenant.people.viceChair);
      api.clock.set('2019-03-19T12:00:00Z');
      await chair
        .post(`/api/follow-ups/${moved}/reschedule`)
        .send({ newDueDate: '2019-04-15', reason: 'Statistiken kommer först i april' })
        .expect(200);
      await chair
        .post(`/api/follow-ups/${completed}/complete`)
        .send({ note: 'Bokad till den 2 april' })
        .expect(200);
      await sweepDays(api, '2019-03-20', '2019-04-30');
    });

    it('a new due date starts a new series; the old one stops; completing stops everything', async () => {
      const r = tenant.responsible.email;
      expect(await keys(tenant)).toEqual(
        [
          `reminder:${completed}:before:2019-03-25:0:${r}`,
          `reminder:${moved}:before:2019-03-25:0:${r}`,
          `reminder:${moved}:before:2019-04-15:0:${r}`,
          `reminder:${moved}:due:2019-04-15:0:${r}`,
          `reminder:${moved}:overdue:2019-04-15:0:${r}`,
          `reminder:${moved}:weekly:2019-04-15:1:${r}`,
          `reminder:${moved}:weekly:2019-04-15:2:${r}`,
        ].sort(),
      );
    });

    it('with no HR account the digest day is recorded, and no e-mail goes out for it', async () => {
      expect((await outboxOf(api, tenant.tenantId)).filter((row) => row.kind === 'hr-digest')).toEqual([]);
      const digests = await api.app
        .get(DataSource)
        .query(
          "SELECT to_char(digest_date, 'YYYY-MM-DD') AS day, follow_ups, recipients FROM reminder_digests WHERE tenant_id = $1",
          [tenant.tenantId],
        );
      expect(digests).toEqual([{ day: '2019-04-16', follow_ups: 1, recipients: [] }]);
    });
  });

  describe('confidential follow-ups and people who cannot be reached', () => {
    let tenant: ReminderTenant;
    let secret: string;
    let noAccount: string;
    let disabled: string;

    beforeAll(async () => {
      tenant = await reminderTenant(api);
      api.clock.set('2019-02-25T08:30:00Z');
      await api
        .as(tenant.people.viceChair)
        .put(`/api/meetings/${tenant.meetingId}/items/i-beslut/confidentiality`)
        .send({ reason: 'Enskilt ärende' })
        .expect(200);
      secret = await assignFollowUp(
        api,
        tenant,
        'Omplacering av NN efter rehabsamtal',
        tenant.responsible,
        '2019-03-25',
        'i-beslut',
      );
      noAccount = await assignFollowUp(api, tenant, 'Ta fram schema', PEOPLE.kommunal, '2019-03-25');
      disabled = await assignFollowUp(api, tenant, 'Se över larmen', tenant.disabled, '2019-03-25');
      await sweepDays(api, '2019-03-17', '2019-03-26');
    });

    it('the e-mail about a confidential follow-up never holds its action, only the link', async () => {
      const rows = (await outboxOf(api, tenant.tenantId)).filter((row) => row.message_key.includes(secret));
      expect(rows.map((row) => row.kind).sort()).toEqual([
        'reminder-before',
        'reminder-due',
        'reminder-overdue',
      ]);
      for (const row of rows) {
        for (const part of [row.subject, row.text_body, row.html_body])
          expect(part).not.toContain('Omplacering');
        expect(row.text_body).toContain(CONFIDENTIAL_FOLLOW_UP);
        expect(row.text_body).toContain(`/uppfoljningar?groupId=${tenant.groupId}`);
      }
    });

    it('a responsible person without an account, or with a disabled one: recorded, no e-mail; once overdue, to the chair', async () => {
      const ledger = (await ledgerOf(api, tenant.tenantId)).filter((row) => row.follow_up_id !== secret);
      expect(
        ledger.map(({ follow_up_id, kind, recipients, skipped_reason }) => ({
          follow_up_id,
          kind,
          recipients,
          skipped_reason,
        })),
      ).toEqual(
        expect.arrayContaining([
          {
            follow_up_id: noAccount,
            kind: 'before',
            recipients: [],
            skipped_reason: 'the responsible person has no account',
          },
          {
            follow_up_id: noAccount,
            kind: 'due',
            recipients: [],
            skipped_reason: 'the responsible person has no account',
          },
          {
            follow_up_id: disabled,
            kind: 'before',
            recipients: [],
            skipped_reason: 'the responsible person’s account is disabled',
          },
          {
            follow_up_id: noAccount,
            kind: 'overdue',
            recipients: [tenant.chair.email],
            skipped_reason: null,
          },
          { follow_up_id: disabled, kind: 'overdue', recipients: [tenant.chair.email], skipped_reason: null },
        ]),
      );
      expect(ledger).toHaveLength(6);
      const toChair = (await outboxOf(api, tenant.tenantId)).filter(
        (row) => row.recipient === tenant.chair.email,
      );
      expect(toChair.map((row) => row.message_key).sort()).toEqual(
        [
          `reminder:${disabled}:overdue:2019-03-25:0:${tenant.chair.email}`,
          `reminder:${noAccount}:overdue:2019-03-25:0:${tenant.chair.email}`,
        ].sort(),
      );
      expect(toChair[0]!.text_body).toMatch(/Uppföljningen som (Kent Lööf|Dag Avslutad) är ansvarig för/);
    });

    it('the HR digest lists all three, the confidential one without its action', async () => {
      const digest = (await outboxOf(api, tenant.tenantId)).find((row) => row.kind === 'hr-digest')!;
      expect(digest.message_key).toBe(`hr-digest:2019-03-26:${tenant.hr!.email}`);
      expect(digest.subject).toBe('Försenade uppföljningar 2019-03-26: 3 nya');
      expect(digest.text_body).toContain('Ta fram schema');
      expect(digest.text_body).toContain('Se över larmen');
      expect(digest.text_body).toContain(CONFIDENTIAL_FOLLOW_UP);
      expect(digest.text_body).not.toContain('Omplacering');
      expect(digest.html_body).not.toContain('Omplacering');
    });
  });

  describe('sweeps side by side', () => {
    let tenant: ReminderTenant;
    let followUpIds: string[];

    beforeAll(async () => {
      tenant = await reminderTenant(api, { hr: false });
      followUpIds = [];
      for (let n = 1; n <= 24; n += 1) {
        followUpIds.push(await assignFollowUp(api, tenant, `Åtgärd ${n}`, tenant.responsible, '2019-05-20'));
      }
      await projectToHead(api.app, READ_MODELS);
    });

    it('a row another sweep holds is skipped, not waited for, and taken by the next sweep', async () => {
      const dataSource = api.app.get(DataSource);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query(
        'SELECT 1 FROM rm_reminder_schedule WHERE tenant_id = $1 AND follow_up_id = $2 FOR UPDATE',
        [tenant.tenantId, followUpIds[0]],
      );
      api.clock.set('2019-05-13T06:00:00Z');
      const first = await sweeperOf(api).run();
      await runner.rollbackTransaction();
      await runner.release();
      expect(first.reminders.filter((r) => r.tenantId === tenant.tenantId)).toHaveLength(23);
      const second = await sweeperOf(api).run();
      expect(second.reminders.map((r) => r.followUpId)).toEqual([followUpIds[0]]);
    });

    it('three sweeps at once on the due date record each reminder once between them', async () => {
      api.clock.set('2019-05-20T06:00:00Z');
      const reports = await Promise.all([1, 2, 3].map(() => sweeperOf(api).run()));
      const recorded = reports
        .flatMap((report) => report.reminders)
        .filter((r) => r.tenantId === tenant.tenantId);
      expect(recorded.map((r) => r.followUpId).sort()).toEqual([...followUpIds].sort());
      expect(new Set(recorded.map((r) => r.kind))).toEqual(new Set(['due']));
      expect(await keys(tenant)).toHaveLength(48);
    });
  });

  describe("the organisation's lead days", () => {
    let tenant: ReminderTenant;

    beforeAll(async () => {
      tenant = await reminderTenant(api, { hr: false });
    });

    it('refuses a lead time out of 1–60 with a 400 problem+json, and changes nothing', async () => {
      const admin = api.as(tenant.people.admin);
      for (const leadDays of [0, 61, 7.5, '14']) {
        const refused = await admin
          .put('/api/organisation/reminder-lead-days')
          .send({ leadDays })
          .expect(400);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(JSON.stringify(refused.body)).toMatch(/leadDays/);
      }
      expect((await admin.get('/api/organisation').expect(200)).body.reminderLeadDays).toBe(7);
    });

    it('with 14 lead days the before reminder goes out 14 days ahead, for follow-ups already open too', async () => {
      const followUpId = await assignFollowUp(
        api,
        tenant,
        'Redovisa sjukfrånvaron',
        tenant.responsible,
        '2019-03-25',
      );
      await sweepDays(api, '2019-03-01', '2019-03-05');
      await api
        .as(tenant.people.admin)
        .put('/api/organisation/reminder-lead-days')
        .send({ leadDays: 14 })
        .expect(200);
      expect(
        (await api.as(tenant.people.admin).get('/api/organisation').expect(200)).body.reminderLeadDays,
      ).toBe(14);
      await projectToHead(api.app, READ_MODELS);
      const reports = await sweepDays(api, '2019-03-06', '2019-03-17');
      const days = reports.filter((report) => report.reminders.some((r) => r.followUpId === followUpId));
      expect(days.map((report) => report.today)).toEqual(['2019-03-11']);
      expect(await keys(tenant)).toEqual([
        `reminder:${followUpId}:before:2019-03-25:0:${tenant.responsible.email}`,
      ]);
    });
  });
});

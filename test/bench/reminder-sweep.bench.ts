/**
 * `npm run bench:reminders`: what one reminder sweep costs with BENCH_FOLLOW_UPS (200,000) open
 * follow-ups in BENCH_GROUPS (1,000) groups, BENCH_DUE_PERCENT (1) % of them due today (issue 12
 * asks under a second). The rows are written straight into the schedule read model, as the worker
 * would have left it (every row's next reminder day in the future except the due ones), with an
 * account for each responsible person and each group's ordförande and a few HR accounts. Then the
 * sweep runs for the day (recording every reminder in the ledger and its e-mail in the outbox, and
 * the HR digest), and once more (nothing new: the cost of an idle minute). Prints; asserts nothing.
 * Through jest (JEST_SUITE=bench) for the decorator metadata and the database of jest's global setup.
 */
import { DataSource } from 'typeorm';
import { reminderScheduleProjection } from '#libs/reminders';
import { startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { sweeperOf } from '../reminders/support/reminder-world.js';

const FOLLOW_UPS = Number(process.env.BENCH_FOLLOW_UPS ?? 200_000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 1_000);
const DUE_PERCENT = Number(process.env.BENCH_DUE_PERCENT ?? 1);
const TODAY = '2026-05-01';
const TENANT = 'bench-reminders';

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const api = await startApiTestApp();
  try {
    const db = api.app.get(DataSource);
    const started = performance.now();
    await seed(db);
    await db.query('ANALYZE');
    await projectToHead(api.app, [reminderScheduleProjection]);
    const seeded = (performance.now() - started) / 1000;
    const [{ due }] = (await db.query(
      'SELECT count(*)::int AS due FROM rm_reminder_schedule WHERE next_reminder_on <= $1::date',
      [TODAY],
    )) as { due: number }[];
    const plan = (await db.query(
      `EXPLAIN SELECT follow_up_id FROM rm_reminder_schedule WHERE next_reminder_on <= $1::date
       ORDER BY next_reminder_on, tenant_id, follow_up_id LIMIT 500 FOR UPDATE SKIP LOCKED`,
      [TODAY],
    )) as { 'QUERY PLAN': string }[];

    api.clock.set(`${TODAY}T05:00:00Z`);
    const sweep = sweeperOf(api);
    const t0 = performance.now();
    const first = await sweep.run();
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    const second = await sweep.run();
    const secondMs = performance.now() - t1;
    const [{ outbox }] = (await db.query('SELECT count(*)::int AS outbox FROM mail_outbox')) as {
      outbox: number;
    }[];
    const [{ server_version: version }] = (await db.query('SHOW server_version')) as {
      server_version: string;
    }[];

    print(
      `\nReminder sweep (PostgreSQL ${version}; ${FOLLOW_UPS.toLocaleString('en-US')} open follow-ups in ` +
        `${GROUPS.toLocaleString('en-US')} groups, ${due.toLocaleString('en-US')} due on ${TODAY}; seeded in ${seeded.toFixed(1)} s)\n`,
    );
    print('| sweep | follow-ups looked at | reminders recorded | HR digests | ms | target |');
    print('| ----- | -------------------: | -----------------: | ---------: | -: | ------ |');
    print(
      `| first of the day | ${first.looked} | ${first.reminders.length} | ${first.digests.length} | ${firstMs.toFixed(0)} | < 1,000 |`,
    );
    print(
      `| again (nothing new) | ${second.looked} | ${second.reminders.length} | ${second.digests.length} | ${secondMs.toFixed(0)} | |`,
    );
    print(`\nmail_outbox rows: ${outbox}; the selection's plan:`);
    for (const line of plan) print(`    ${line['QUERY PLAN']}`);
  } finally {
    await api.close();
  }
}

/**
 * The schedule as the sweep leaves it: due dates spread over a year either side of today; a row
 * due today is one whose reminder day is today (a 'before' 7 days ahead, a 'due', an 'overdue', a
 * weekly), every other row's next day lies ahead. Overdue rows already had their overdue reminder.
 */
async function seed(db: DataSource): Promise<void> {
  const dueEvery = Math.max(1, Math.round(100 / DUE_PERCENT));
  await db.query(
    `INSERT INTO identity_accounts (id, tenant_id, email, display_name, password_hash, roles, created_at)
     SELECT gen_random_uuid(), $1, 'person' || n || '@bench.example.se', 'Person ' || n, 'scrypt$bench',
            CASE WHEN n <= 3 THEN ARRAY['hr'] ELSE '{}'::text[] END, now()
     FROM generate_series(1, $2::int) n`,
    [TENANT, GROUPS * 2],
  );
  // Group g's ordförande is account number GROUPS + g; its members' ids are what the rows name.
  await db.query(
    `WITH people AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM identity_accounts WHERE tenant_id = $1)
     INSERT INTO rm_groups (tenant_id, group_id, name, state, version, updated_at)
     SELECT $1, 'g-' || g, 'Grupp ' || g,
            jsonb_build_object('created', true, 'name', 'Grupp ' || g, 'levels', '["VSG"]'::jsonb,
              'memberships', jsonb_build_array(jsonb_build_object(
                'person', jsonb_build_object('personId', p.id, 'name', 'Ordförande ' || g),
                'role', 'ordförande', 'joinedOn', '2019-01-01')),
              'meetingIds', '[]'::jsonb, 'protocolNumbers', '{}'::jsonb, 'protocolNumberSeries', '{}'::jsonb),
            1, now()
     FROM generate_series(1, $2::int) g JOIN people p ON p.n = $2::int + g`,
    [TENANT, GROUPS],
  );
  await db.query(
    `WITH people AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM identity_accounts WHERE tenant_id = $1),
     rows AS (
       SELECT n, CASE WHEN n % $3::int = 0
                   -- due today: one of the four kinds of reminder day
                   THEN $4::date + (ARRAY[7, 0, -1, -8])[1 + (n / $3::int) % 4]
                   ELSE $4::date + ((n * 7919) % 730 - 365) END AS due_date
       FROM generate_series(1, $2::int) n)
     INSERT INTO rm_reminder_schedule (tenant_id, follow_up_id, group_id, action, responsible_id, responsible_name,
       origin_meeting_date, due_date, confidential, next_reminder_on)
     SELECT $1, 'f-' || r.n, 'g-' || (1 + r.n % $5::int), 'Åtgärd nummer ' || r.n, p.id, 'Person ' || p.n,
            r.due_date - 60, r.due_date, r.n % 10 = 0,
            CASE WHEN r.n % $3::int = 0 THEN $4::date
                 WHEN r.due_date - 7 > $4::date THEN r.due_date - 7
                 WHEN r.due_date > $4::date THEN r.due_date
                 ELSE r.due_date + 1 + 7 * ((($4::date - r.due_date - 1) / 7) + 1) END
     FROM rows r JOIN people p ON p.n = 1 + r.n % $5::int`,
    [TENANT, FOLLOW_UPS, dueEvery, TODAY, GROUPS],
  );
  // The rows past their date had their overdue reminder (and HR its digest) on the day after it.
  await db.query(
    `INSERT INTO reminders_sent (tenant_id, follow_up_id, kind, due_date, seq, sent_at, became_overdue, digest_date)
     SELECT tenant_id, follow_up_id, 'overdue', due_date, 0, (due_date + 1)::timestamptz, true, due_date + 1
     FROM rm_reminder_schedule WHERE due_date < $1::date - 1`,
    [TODAY],
  );
}

describe('reminder sweep benchmark', () => {
  it('prints what one sweep costs', main, 600_000);
});

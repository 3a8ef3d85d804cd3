import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { runServiceCommand } from './service-command.js';
import {
  demoGroupId,
  everyProjectionCaughtUp,
  meetingOn,
  readModelRows,
  send,
  type Session,
  signInAs,
} from './service-client.js';
import { embeddedSettings, embeddedUrl, postmasterOf, query, tempDataDir } from './service-data.js';
import { serviceTestHooks, startService, waitForExit, waitForHealth } from './service-process.js';

serviceTestHooks();

/** A service on the data dir, every projection caught up, signed in as the demo's sekreterare. */
async function serve(dataDir: string) {
  const { settings, port } = await embeddedSettings(dataDir);
  const service = startService('api', settings);
  await waitForHealth(service, port, everyProjectionCaughtUp, 60_000);
  return { service, port, secretary: await signInAs(port, 'secretary') };
}

/**
 * Every revision of every document of the sekreterare's group (the FSG/VSG), as HTML and PDF,
 * exactly as served; the APT's, which she may not read, are compared as read-model rows.
 */
async function servedDocuments(session: Session, url: string): Promise<Map<string, Buffer>> {
  const documents = await query<{ meeting_id: string; kind: string; revision: number }>(
    url,
    `SELECT d.meeting_id, d.kind, d.revision FROM rm_documents d
     JOIN rm_meetings m ON m.tenant_id = d.tenant_id AND m.meeting_id = d.meeting_id
     WHERE m.group_id = $1 ORDER BY d.meeting_id, d.kind, d.revision`,
    [await demoGroupId(session)],
  );
  const served = new Map<string, Buffer>();
  for (const { meeting_id, kind, revision } of documents) {
    for (const format of ['html', 'pdf']) {
      const path = `/api/meetings/${meeting_id}/documents/${kind}.${format}?revision=${revision}`;
      const response = await send(session, 'GET', path);
      if (response.status !== 200)
        throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      served.set(path, Buffer.from(await response.arrayBuffer()));
    }
  }
  return served;
}

const tablePrivileges = (url: string) =>
  query<{ app: string; writes: boolean; appends: boolean }>(
    url,
    `SELECT r.rolname AS app,
            bool_or(has_table_privilege(r.rolname, t, 'INSERT, UPDATE, DELETE, TRUNCATE')) AS writes,
            has_function_privilege(r.rolname,
              'es_append(text, text, text, text, bigint, text, uuid[], text[], integer[], jsonb[], jsonb[])',
              'EXECUTE') AS appends
     FROM pg_roles r, unnest(ARRAY['es_events', 'es_streams', 'es_commands']) t
     WHERE r.rolname = current_database() || '_app' GROUP BY r.rolname`,
  );

describe('npm run backup and npm run restore', () => {
  it('restores a loaded system into a fresh data dir: the same log, every document byte for byte, and it carries on', async () => {
    const source = tempDataDir();
    const demo = await runServiceCommand('demo', source, []);
    expect(demo.code).toBe(0);
    const original = await serve(source);
    const sourceUrl = embeddedUrl(source);
    const documents = await servedDocuments(original.secretary, sourceUrl);
    const readModels = await readModelRows(sourceUrl);
    const log = await logOf(sourceUrl);
    expect(documents.size).toBeGreaterThanOrEqual(10);
    expect(log.events.length).toBeGreaterThan(30);

    // Taken while the service runs, as an operator would.
    const file = join(tempDataDir(), 'samverkan.backup');
    const backup = await runServiceCommand('backup', source, ['--out', file]);
    expect(backup.code).toBe(0);
    expect(backup.stdout()).toMatch(new RegExp(`^backup written to ${file} \\(\\d+ bytes\\): `, 'm'));
    expect(backup.stdout()).toContain(`es_events ${log.events.length}`);
    expect(existsSync(`${file}.partial`)).toBe(false);
    original.service.child.kill('SIGTERM');
    expect(await waitForExit(original.service)).toEqual({ code: 0, signal: null });

    const target = tempDataDir();
    const restore = await runServiceCommand('restore', target, ['--in', file]);
    expect(restore.code).toBe(0);
    expect(restore.stdout()).toContain(`es_events ${log.events.length}`);
    expect(restore.stdout()).toMatch(/^documents-protokoll: rebuilt from \d+ events in /m);
    expect(restore.stdout()).toContain(
      'restore complete: start the service on this DATA_DIR or DATABASE_URL',
    );
    expect(postmasterOf(target)).toBeUndefined(); // it stopped the server it started

    const restored = await serve(target);
    const targetUrl = embeddedUrl(target);
    expect(await logOf(targetUrl)).toEqual(log);
    expect(await readModelRows(targetUrl)).toEqual(readModels);
    const again = await servedDocuments(restored.secretary, targetUrl);
    expect([...again.keys()]).toEqual([...documents.keys()]);
    for (const [path, bytes] of documents)
      expect({ path, same: again.get(path)!.equals(bytes) }).toEqual({ path, same: true });

    // The app role is as the migrations left it: it reads the log and appends only through es_append.
    expect(await tablePrivileges(targetUrl)).toEqual([
      { app: 'samverkan_app', writes: false, appends: true },
    ]);

    // A new command lands after the restored log and is projected (new transaction ids follow the restored ones).
    const groupId = await demoGroupId(restored.secretary);
    const scheduled = await send(restored.secretary, 'POST', `/api/groups/${groupId}/meetings`, {
      key: 'after-restore-1',
      body: meetingOn('2019-04-29', 'DNR:04/2019'),
    });
    expect(scheduled.status).toBe(201);
    const { meetingId } = (await scheduled.json()) as { meetingId: string };
    expect((await send(restored.secretary, 'GET', `/api/meetings/${meetingId}`)).status).toBe(200);
    const health = await waitForHealth(restored.service, restored.port, everyProjectionCaughtUp);
    expect(health.projections.every((p) => p.position > log.events.length)).toBe(true);
    restored.service.child.kill('SIGTERM');
    expect(await waitForExit(restored.service)).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('refuses to restore over data, a file cut short or missing, and to overwrite a backup', async () => {
    const dataDir = tempDataDir();
    expect((await runServiceCommand('demo', dataDir, [])).code).toBe(0);
    const file = join(tempDataDir(), 'samverkan.backup');
    expect((await runServiceCommand('backup', dataDir, ['--out', file])).code).toBe(0);

    const over = await runServiceCommand('restore', dataDir, ['--in', file]);
    expect(over.code).toBe(1);
    expect(over.stdout() + over.stderr()).toContain('the database is not empty');
    const cut = join(tempDataDir(), 'cut.backup');
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    writeFileSync(cut, gzipSync(lines.slice(0, lines.length - 3).join('\n')));
    const short = await runServiceCommand('restore', tempDataDir(), ['--in', cut]);
    expect(short.code).toBe(1);
    expect(short.stdout() + short.stderr()).toContain('is incomplete');

    const empty = tempDataDir();
    const missing = await runServiceCommand('restore', empty, ['--in', join(empty, 'no-such.backup')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr()).toContain(
      'no-such.backup does not exist; usage: npm run restore -- --in <file>',
    );
    expect(existsSync(join(empty, 'pg'))).toBe(false); // refused before any server was made

    const twice = await runServiceCommand('backup', dataDir, ['--out', file]);
    expect(twice.code).toBe(1);
    expect(twice.stdout() + twice.stderr()).toContain('exists already');
  }, 180_000);
});

/** The log and the command records, as text, in the readers' order (transaction ids are the server's own). */
async function logOf(url: string) {
  return {
    events: await query(
      url,
      `SELECT global_position::text, tenant_id, stream_id, stream_position::text, event_id, event_type,
              schema_version, data::text, metadata::text, created_at::text
       FROM es_events ORDER BY transaction_id, global_position`,
    ),
    streams: await query(
      url,
      'SELECT row_to_json(s)::text AS row FROM es_streams s ORDER BY tenant_id, stream_id',
    ),
    commands: await query(
      url,
      'SELECT row_to_json(c)::text AS row FROM es_commands c ORDER BY tenant_id, command_id',
    ),
    accounts: await query(url, 'SELECT row_to_json(a)::text AS row FROM identity_accounts a ORDER BY id'),
  };
}

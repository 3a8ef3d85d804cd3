import { once } from 'node:events';
import { createServer } from 'node:net';
import { embeddedServerHealth, startEmbeddedPostgres } from '#libs/database';
import {
  embeddedServers,
  liveServerProcesses,
  ownerPidOf,
  postmasterPidOf,
  query,
  quiet,
  waitUntil,
} from './embedded-server-helpers.js';

const servers = embeddedServers();
afterAll(() => servers.cleanUp());

describe('startEmbeddedPostgres: lifecycle', () => {
  it('keeps data across a stop and a start', async () => {
    const dataDir = servers.tempDataDir();
    const first = await servers.start(dataDir);
    expect(first.owned).toBe(true);
    expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/samverkan$/);
    await query(first.url, "create table notes (body text); insert into notes values ('kept')");
    const postmaster = postmasterPidOf(dataDir);
    await first.stop();
    expect(liveServerProcesses(postmaster)).toEqual([]);
    expect(ownerPidOf(dataDir)).toBeUndefined();

    const second = await servers.start(dataDir);

    expect(await query(second.url, 'select body from notes')).toEqual([{ body: 'kept' }]);
    await second.stop();
  });

  it('starts again after the server was killed, leaving postgres to clear its stale postmaster.pid', async () => {
    const dataDir = servers.tempDataDir();
    const killed = await servers.start(dataDir);
    await query(killed.url, 'create table t (id int); insert into t values (7)');
    killed.stopWatchdog(); // as if the service had died with it: nobody starts it again
    const postmaster = postmasterPidOf(dataDir);
    process.kill(postmaster, 'SIGKILL');
    await waitUntil(() => liveServerProcesses(postmaster).length === 0);

    const restarted = await servers.start(dataDir);

    expect(restarted.owned).toBe(true);
    expect(postmasterPidOf(dataDir)).not.toBe(postmaster);
    expect(await query(restarted.url, 'select id from t')).toEqual([{ id: 7 }]); // crash recovery
    await restarted.stop();
  });

  it('is started again by its watchdog when it dies while the service runs, same data and port', async () => {
    const dataDir = servers.tempDataDir();
    const server = await servers.start(dataDir);
    await query(server.url, 'create table w (id int); insert into w values (9)');
    const postmaster = postmasterPidOf(dataDir);
    process.kill(postmaster, 'SIGKILL');

    await waitUntil(() => embeddedServerHealth()?.restarts === 1, 20_000);

    const restarted = postmasterPidOf(dataDir);
    expect(restarted).not.toBe(postmaster);
    expect(embeddedServerHealth()).toMatchObject({ status: 'up', pid: restarted });
    expect(await query(server.url, 'select id from w')).toEqual([{ id: 9 }]); // same URL, same data
    await server.stop();
    expect(embeddedServerHealth()).toBeUndefined();
    expect(liveServerProcesses(restarted)).toEqual([]);
  });

  it('stops only once however often stop() is called', async () => {
    const server = await servers.start(servers.tempDataDir());

    await Promise.all([server.stop(), server.stop()]);
    await server.stop();

    await expect(query(server.url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('reports a server that dies during start-up with the end of postgres.log', async () => {
    const dataDir = servers.tempDataDir();
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startEmbeddedPostgres({ dataDir, port, log: quiet })).rejects.toThrow(
        /exited before accepting connections[\s\S]*postgres\.log[\s\S]*could not (bind|create)/,
      );
      expect(ownerPidOf(dataDir)).toBeUndefined();
    } finally {
      blocker.close();
    }
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '#libs/testing';
import {
  announced,
  deadPid,
  embeddedServers,
  liveServerProcesses,
  ownerPidOf,
  postmasterPidOf,
  query,
  spawnInstance,
  stopInstance,
} from './embedded-server-helpers.js';

const servers = embeddedServers();
afterAll(() => servers.cleanUp());

describe('startEmbeddedPostgres: who owns the server', () => {
  it('reuses a server another live instance owns, never stops it, and that owner stops it on SIGTERM', async () => {
    const dataDir = servers.tempDataDir();
    const owner = spawnInstance(dataDir, await freePort());
    const ownerServer = await announced(owner);
    expect(ownerServer.owned).toBe(true);
    const postmaster = postmasterPidOf(dataDir);

    const borrowed = await servers.start(dataDir, await freePort());
    expect(borrowed).toMatchObject({ owned: false, url: ownerServer.url });
    expect(await query(borrowed.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await borrowed.stop();
    expect(await query(borrowed.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    expect(ownerPidOf(dataDir)).toBe(owner.pid);

    expect(await stopInstance(owner)).toBe(0);
    expect(liveServerProcesses(postmaster)).toEqual([]);
    expect(ownerPidOf(dataDir)).toBeUndefined();
  });

  it('adopts a server whose owner died, and stop() leaves no postgres process', async () => {
    const dataDir = servers.tempDataDir();
    const crashed = await servers.start(dataDir);
    await query(crashed.url, 'create table survived (id int); insert into survived values (1)');
    const postmaster = postmasterPidOf(dataDir);
    writeFileSync(join(dataDir, 'pg-owner.pid'), `${await deadPid()}\n`); // its owner "crashed"

    const adopted = await servers.start(dataDir, await freePort());

    expect(adopted).toMatchObject({ owned: true, url: crashed.url }); // the port postmaster.pid names
    expect(ownerPidOf(dataDir)).toBe(process.pid);
    expect(await query(adopted.url, 'select id from survived')).toEqual([{ id: 1 }]);
    expect(liveServerProcesses(postmaster).length).toBeGreaterThan(1);
    await adopted.stop();
    expect(liveServerProcesses(postmaster)).toEqual([]);
    expect(ownerPidOf(dataDir)).toBeUndefined();
  });

  it('lets two instances booting together on a fresh folder share one server, owned by one of them', async () => {
    const dataDir = servers.tempDataDir();
    const port = await freePort();
    const [first, second] = [spawnInstance(dataDir, port), spawnInstance(dataDir, port)];
    const [a, b] = await Promise.all([announced(first), announced(second)]);

    expect(a.url).toBe(b.url);
    expect([a.owned, b.owned].sort()).toEqual([false, true]);
    const [owner, borrower] = a.owned ? [first, second] : [second, first];
    expect(ownerPidOf(dataDir)).toBe(owner.pid);
    const postmaster = postmasterPidOf(dataDir);

    expect(await stopInstance(borrower)).toBe(0);
    expect(await query(a.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    expect(await stopInstance(owner)).toBe(0);
    expect(liveServerProcesses(postmaster)).toEqual([]);
  });

  it('breaks a start lock left by a process that died mid-start', async () => {
    const dataDir = servers.tempDataDir();
    writeFileSync(join(dataDir, 'pg-start.lock'), `${await deadPid()}\n`);

    const server = await servers.start(dataDir);

    expect(server.owned).toBe(true);
    await server.stop();
  });
});

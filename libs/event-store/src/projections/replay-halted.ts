import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { type DeadLetter, markForReplay, readDeadLetter } from './halt-commands.js';
import { projectionError } from './projection-errors.js';
import type { ProjectionLeases } from './projection-leases.js';
import type { ProjectionRunner } from './projection-runner.js';
import { isTransientError } from './transient-errors.js';

export interface ReplayOutcome {
  /** 'applied': the event went in and the projection runs on; 'halted': it failed again;
   * 'requested': nobody runs the projection now, the next worker to start applies it. */
  outcome: 'applied' | 'halted' | 'requested';
  deadLetter: DeadLetter;
}

/** How long the owning process may take to pick a replay up before the command stops waiting. */
const OWNER_TIMEOUT_MS = 30_000;

/**
 * Replays the event a projection is halted at. The halt record is lifted in the database first, so
 * the replay works whether or not a worker runs: if one owns the projection, it sees the lifted
 * halt on its next poll and applies the event, and this watches the record for the outcome; if none
 * does, this process takes the lease and applies it itself with `runner` (when it has the
 * projection), then leaves the rest of the log to the worker.
 */
export async function replayHaltedEvent(
  dataSource: DataSource,
  leases: ProjectionLeases,
  projection: string,
  by: string,
  runner?: ProjectionRunner,
): Promise<ReplayOutcome> {
  const halt = await markForReplay(dataSource.manager, projection, by);
  if (!halt) throw projectionError.notHalted(projection);
  const record = () => readDeadLetter(dataSource.manager, projection, halt.eventId).then((r) => r!);
  if (await leases.tryAcquire(projection)) {
    try {
      if (!runner) return { outcome: 'requested', deadLetter: await record() };
      return await replayHere(runner, record);
    } finally {
      await leases.release(projection);
    }
  }
  return watchOwner(projection, record);
}

async function replayHere(
  runner: ProjectionRunner,
  record: () => Promise<DeadLetter>,
): Promise<ReplayOutcome> {
  // The checkpoint is just before the event, so the first batch holds it; more turns are for a
  // batch refused as stale or a transient failure.
  for (let attempt = 1; ; attempt++) {
    const current = await record();
    if (current.status !== 'replay') return outcomeOf(current);
    try {
      await runner.processBatch();
    } catch (error) {
      if (!isTransientError(error) || attempt >= 10) throw error;
      await sleep(100 * attempt);
    }
  }
}

async function watchOwner(projection: string, record: () => Promise<DeadLetter>): Promise<ReplayOutcome> {
  const deadline = Date.now() + OWNER_TIMEOUT_MS;
  for (;;) {
    const current = await record();
    if (current.status !== 'replay') return outcomeOf(current);
    if (Date.now() > deadline) throw projectionError.ownerSilent(projection, OWNER_TIMEOUT_MS / 1000);
    await sleep(100);
  }
}

function outcomeOf(deadLetter: DeadLetter): ReplayOutcome {
  return { outcome: deadLetter.status === 'halted' ? 'halted' : 'applied', deadLetter };
}

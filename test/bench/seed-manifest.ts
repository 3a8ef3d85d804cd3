/**
 * What bench:seed leaves beside the data it made, for bench:http: where the data is, who can sign
 * in and which groups and meetings to ask for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_DIR = process.env.BENCH_DATA_DIR ?? join(process.cwd(), '.tmp', 'bench-seed');
export const SEED_PASSWORD = 'ett långt lösenord för mätningar, å ä ö';

export interface SeedManifest {
  tenant: string;
  /** Set when the seed filled DATABASE_URL; else the service's DATA_DIR is SEED_DIR. */
  databaseUrl?: string;
  chairs: { email: string; accountId: string; groupIds: string[] }[];
  /** A group of the ordinary size and the group with many meetings, both chaired by chairs[0]. */
  smallGroup: { groupId: string; meetings: number };
  bigGroup: { groupId: string; meetings: number };
  /** Closed meetings (their documents exist), of chairs[0]'s groups. */
  closedMeetingIds: string[];
  totals: Record<string, number>;
}

const path = () => join(SEED_DIR, 'bench-seed.json');

export function writeManifest(manifest: SeedManifest): void {
  writeFileSync(path(), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(): SeedManifest {
  try {
    return JSON.parse(readFileSync(path(), 'utf8')) as SeedManifest;
  } catch {
    throw new Error(`no seed in ${SEED_DIR}: run npm run bench:seed first (BENCH_DATA_DIR says where)`);
  }
}

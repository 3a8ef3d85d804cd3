import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AppConfig } from '#libs/config';
import { PdfRenderer, selfSignedSeal } from '#libs/documents';
import { SystemClock } from '#libs/shared-kernel';
import { protocolFixture } from '../../../documents/src/testing/protocol.fixtures.js';
import { OrganisationSeal } from './organisation-seal.js';

/** A configured seal never needs the database: any query is a failure of the test. */
const noDatabase = {
  query: () => Promise.reject(new Error('the configured seal must not read the database')),
} as unknown as DataSource;

describe('OrganisationSeal with SEAL_P12_PATH', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'seal-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const configured = (path: string, password: string) =>
    new OrganisationSeal(
      Object.assign(new AppConfig(), { sealP12Path: path, sealP12Password: password }),
      noDatabase,
      new SystemClock(),
    );

  it('signs with the organisation’s own certificate', async () => {
    const path = join(folder, 'kommun.p12');
    await writeFile(path, selfSignedSeal('Goteborgs Stad sigill', 'hemligt').p12);
    const seal = configured(path, 'hemligt');
    await seal.onApplicationBootstrap();
    const sealed = await (
      await seal.seal()
    ).seal(await new PdfRenderer().render(protocolFixture()), {
      name: 'Goteborgs Stad',
      reason: 'Justerat protokoll',
      location: 'Sverige',
      contactInfo: 'https://samverkan.goteborg.se/verifiera',
      signingTime: new Date('2019-02-27T10:00:00Z'),
    });
    // The certificate travels in the CMS signature, hex in /Contents.
    const contents = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(sealed.toString('latin1'))?.[1] ?? '';
    expect(Buffer.from(contents, 'hex').toString('latin1')).toContain('Goteborgs Stad sigill');
  });

  it('stops the start when the file is missing or its password wrong', async () => {
    await expect(configured(join(folder, 'saknas.p12'), '').onApplicationBootstrap()).rejects.toThrow(
      /ENOENT/,
    );
    const path = join(folder, 'fel.p12');
    await writeFile(path, selfSignedSeal('Kommun', 'rätt').p12);
    await expect(configured(path, 'fel').onApplicationBootstrap()).rejects.toThrow(/wrong SEAL_P12_PASSWORD/);
  });
});

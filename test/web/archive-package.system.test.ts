/**
 * Issue 13 in a real browser and with libxml2: HR reaches "Ladda ner arkivpaket (ZIP)" on the
 * Dokument page by keyboard (axe, 320 px), chromium downloads the package, and xmllint finds
 * METS.xml and meeting.xml well-formed, with the group's hostile HTML name read back as text.
 * Needs chromium and xmllint (libxml2-utils; `npm run test:system`, .ci/run installs them).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { output, run, tempFolder } from '../system/support/system-programs.js';
import { readZip } from '../support/read-zip.js';
import { type ArchiveWorld, HR, startArchiveWorld } from './support/archive-world.js';
import {
  type BrowserPage,
  expectAccessible,
  openBrowserPage,
  signInThrough,
  tabTo,
} from './support/browser-page.js';
import { HOSTILE_GROUP_NAME } from './support/web-world.js';

describe('the archive package in chromium, checked with xmllint', () => {
  let world: ArchiveWorld;
  let browser: BrowserPage;
  let page: Page;
  let folder: Awaited<ReturnType<typeof tempFolder>>;

  beforeAll(async () => {
    world = await startArchiveWorld();
    await world.justera();
    browser = await openBrowserPage();
    ({ page } = browser);
    folder = await tempFolder('archive-package');
  });
  afterAll(async () => {
    await folder?.remove();
    await browser?.close();
    await world?.close();
  });

  it('lets HR download the package by keyboard, from an accessible page, and its XML is well-formed', async () => {
    await signInThrough(page, `${world.baseUrl}/dokument/${world.meetingIds.held}`, HR.email);
    expect(new URL(page.url()).pathname).toBe(`/dokument/${world.meetingIds.held}`);
    await expectAccessible(page, 'Dokument with the archive package', { screen: 'web-dokument-arkivpaket' });
    await tabTo(page, { text: 'Ladda ner arkivpaket (ZIP)' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(
      /^script-window-pwned-1-script-fsg-b-socialforvaltningen-b-1-2019-2019-02-04\.zip$/,
    );
    const zip = await readFile(await download.path());
    const entries = await readZip(zip);
    for (const name of ['METS.xml', 'metadata/descriptive/meeting.xml']) {
      const entry = entries.find(({ path }) => path === name);
      if (!entry) throw new Error(`no ${name} in the package`);
      const file = await folder.write(name.replaceAll('/', '_'), entry.body);
      const check = await run('xmllint', ['--noout', file]);
      expect({ name, code: check.code, stderr: check.stderr }).toEqual({ name, code: 0, stderr: '' });
    }
    const meetingXml = `${folder.path}/metadata_descriptive_meeting.xml`;
    const group = await output('xmllint', [
      '--xpath',
      "string(/*[local-name()='mote']/*[local-name()='grupp'])",
      meetingXml,
    ]);
    // xmllint ends what it prints with a newline.
    expect(group).toBe(`${HOSTILE_GROUP_NAME}\n`);
    const metsHref = await output('xmllint', [
      '--xpath',
      "string(//*[local-name()='mdRef']/@*[local-name()='href'])",
      `${folder.path}/METS.xml`,
    ]);
    expect(metsHref).toBe('metadata/descriptive/meeting.xml\n');
  });

  it('offers it on the Justering page as well, which stays accessible', async () => {
    await page.goto(`${world.baseUrl}/justering/${world.meetingIds.held}`);
    expect(await page.getByRole('link', { name: 'Ladda ner arkivpaket (ZIP)' }).count()).toBe(1);
    await expectAccessible(page, 'Justering, justerat, with the archive package');
  });
});

/**
 * The demo meeting's HTML documents in a real browser (Debian's chromium, driven by playwright-core)
 * with a union member's session: what the reader sees, that a script in user text does not run, and
 * what the browser prints (A4, the page head from the CSS @page margin boxes on every page).
 * Needs chromium and poppler-utils (`npm run test:system`; .ci/run installs them).
 */
import type { Page } from 'playwright-core';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { baseUrlOf } from '../../apps/demo/src/demo-loader.js';
import { projectToHead } from '../api/support/project-to-head.js';
import {
  demoEmail,
  type DemoDocuments,
  startDemoDocuments,
} from '../documents/support/demo-documents-app.js';
import {
  agendaTitles,
  DEFERRAL_REASON,
  MINNESANTECKNINGAR_TITLE as TITLE,
} from '../documents/support/seed-002-expectations.js';
import { axeViolations } from './support/axe.js';
import { type Chromium, launchChromium } from './support/chromium.js';
import { command, signIn } from './support/demo-session.js';
import { collapse, output, printedText, tempFolder } from './support/system-programs.js';

const MEMBER = demoEmail('cornelia.sjostrom');
/** Vice ordförande: runs the meetings while the chair is away. */
const CHAIR = demoEmail('jenny.graslund');

const HOSTILE_TITLE = '<script>window.__pwned=1</script> Övrig fråga om <b>parkeringen</b>';
const titles = agendaTitles();

describe('the demo meeting’s pages in chromium', () => {
  let demo: DemoDocuments;
  let browser: Chromium;
  let baseUrl: string;
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  /** A meeting of the FSG/VSG still to be held (the demo holds 3/2019): the hostile text goes on it. */
  let openMeetingId: string;
  const pathOf = (which: 'seed' | 'open', file: string) =>
    `/api/meetings/${which === 'open' ? openMeetingId : demo.meetingId(which)}/documents/${file}`;

  beforeAll(async () => {
    demo = await startDemoDocuments();
    baseUrl = baseUrlOf(demo.app);
    folder = await tempFolder('document-pages');

    // Hostile user text on a coming meeting: an övrig fråga whose title is a script.
    const chair = await signIn(baseUrl, CHAIR);
    const groups = (await (
      await fetch(`${baseUrl}/api/groups`, { headers: { cookie: chair.header } })
    ).json()) as {
      groupId: string;
      levels: string[];
    }[];
    const fsg = groups.find(({ levels }) => levels.includes('FSG'))?.groupId as string;
    const scheduled = (await command(
      baseUrl,
      chair,
      'POST',
      `/api/groups/${fsg}/meetings`,
      { startsAt: '2019-04-29T08:30:00+02:00', endsAt: '2019-04-29T11:00:00+02:00', place: 'Stora salen' },
      201,
    )) as { meetingId: string };
    openMeetingId = scheduled.meetingId;
    await command(
      baseUrl,
      chair,
      'POST',
      `/api/meetings/${openMeetingId}/ovriga-fragor`,
      { itemId: 'i-hostile', title: HOSTILE_TITLE, proposer: { side: 'employer' } },
      201,
    );
    await projectToHead(demo.app, DOCUMENT_PROJECTIONS);

    browser = await launchChromium();
    const member = await signIn(baseUrl, MEMBER);
    await browser.context.addCookies([{ name: member.name, value: member.value, url: baseUrl }]);
  });
  afterAll(async () => {
    await browser?.close();
    await folder?.remove();
    await demo?.close();
  });

  /** Opens a document page in a new tab; collects the page's uncaught errors. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${baseUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    return { page, errors };
  }

  it('shows the minnesanteckningar: title, the Information, Dialog and Beslut sections with their items', async () => {
    const { page, errors } = await open(pathOf('seed', 'minnesanteckningar.html'));
    try {
      expect(await page.title()).toBe('Minnesanteckningar 2019-02-25 – FSG/VSG Socialförvaltningen');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(TITLE);
      const sections = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      for (const section of ['Information:', 'Dialog:', 'Beslut:']) expect(sections).toContain(section);
      expect(sections.indexOf('Information:')).toBeLessThan(sections.indexOf('Dialog:'));
      expect(sections.indexOf('Dialog:')).toBeLessThan(sections.indexOf('Beslut:'));
      const items = await page.getByRole('heading', { level: 3 }).allInnerTexts();
      for (const title of titles) expect(items).toContain(title);
      expect(await page.getByText(DEFERRAL_REASON).isVisible()).toBe(true);
      // On screen the page head is a block above the sheet (on paper the margin boxes print it).
      expect(await page.locator('.page-head').isVisible()).toBe(true);
      expect(collapse(await page.locator('.page-head').innerText())).toBe(
        '2019-02-25 MINNESANTECKNINGAR SAMVERKANSGRUPP DNR:02/2019',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('passes axe (WCAG 2.1 AA) on every document page, the public version included', async () => {
    const pages = [
      pathOf('seed', 'protokoll.html'),
      pathOf('seed', 'minnesanteckningar.html'),
      pathOf('seed', 'protokollsutdrag-12.html'),
      pathOf('seed', 'protokoll.html?audience=public'),
      pathOf('open', 'kallelse.html'),
    ];
    for (const path of pages) {
      const { page, errors } = await open(path);
      try {
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
    // The check itself can fail: an image without a text alternative is reported.
    const { page } = await open(pages[0]);
    await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { body: { insertAdjacentHTML(where: string, html: string): void } };
      };
      document.body.insertAdjacentHTML('beforeend', '<img src="data:,">');
    });
    expect((await axeViolations(page)).map(({ id }) => id)).toContain('image-alt');
    await page.close();
  });

  it('shows a script in an övrig fråga’s title as text, and does not run it', async () => {
    for (const file of ['kallelse.html', 'minnesanteckningar.html']) {
      const { page, errors } = await open(pathOf('open', file));
      try {
        const visible = collapse(await page.locator('body').innerText());
        expect({ file, shown: visible.includes(HOSTILE_TITLE) }).toEqual({ file, shown: true });
        expect(await page.getByText(HOSTILE_TITLE).first().isVisible()).toBe(true);
        expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('b').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  describe('printed by chromium (page.pdf with the page’s own CSS page size)', () => {
    const printed = async (file: string) => {
      const { page } = await open(pathOf('seed', file));
      try {
        const path = await folder.write(
          file.replace('.html', '.pdf'),
          await page.pdf({ preferCSSPageSize: true }),
        );
        return { path, text: await printedText(path, 'layout') };
      } finally {
        await page.close();
      }
    };

    it.each([
      ['protokoll.html', 'PROTOKOLL SAMVERKANSGRUPP'],
      ['minnesanteckningar.html', 'MINNESANTECKNINGAR SAMVERKANSGRUPP'],
    ])('prints %s on A4 with title, DNR and "SID x(y)" on every page', async (file, headTitle) => {
      const { path, text } = await printed(file);
      const info = await output('pdfinfo', [path]);
      expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
      const pages = text.pages;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages.length);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, index) => {
        expect({ page: index + 1, head: page.head }).toEqual({
          page: index + 1,
          head: expect.stringContaining(`SID ${index + 1}(${pages.length})`),
        });
        expect(page.head).toContain('DNR:02/2019');
        expect(page.head).toContain(headTitle);
        // The @bottom-left margin box: the group and the version.
        expect(collapse(page.body).endsWith('FSG/VSG Socialförvaltningen · Revision 1')).toBe(true);
        // The screen page head is not printed: the head appears once per page, in the margin.
        expect(page.body).not.toContain(headTitle);
      });
      expect(text.body).toContain(file.startsWith('protokoll') ? 'Protokoll 2/2019' : TITLE);
    });
  });
});

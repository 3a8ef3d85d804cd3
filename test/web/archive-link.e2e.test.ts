/**
 * Issue 13: the Dokument page of a justerat meeting offers "Ladda ner arkivpaket (ZIP)" to those
 * who may make the package (HR, the group's sekreterare; an admin does not read the page), as does
 * its Justering page, and the link answers the ZIP. Before justering, and for the ordförande or a
 * justerare, there is no link.
 */
import request from 'supertest';
import { binaryBody } from '../support/binary-body.js';
import { readZip } from '../support/read-zip.js';
import { type ArchiveWorld, HR, SECRETARY, startArchiveWorld } from './support/archive-world.js';
import { formBrowser, hrefsOf } from './support/form-browser.js';
import { PASSWORD, PEOPLE } from './support/web-world.js';

const LINK_TEXT = 'Ladda ner arkivpaket (ZIP)';

describe('the archive package link on the Dokument page', () => {
  let world: ArchiveWorld;

  beforeAll(async () => {
    world = await startArchiveWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const pageAs = async (email: string) => {
    const person = formBrowser(world);
    await person.signIn(email, PASSWORD);
    return { person, page: await person.get(`/dokument/${world.meetingIds.held}`) };
  };

  it('is not offered before the protocol is justerat, on Dokument or Justering', async () => {
    const { person, page } = await pageAs(HR.email);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(LINK_TEXT);
    expect(hrefsOf(page.text)).not.toContain(world.archiveHref);
    const justering = await person.get(`/justering/${world.meetingIds.held}`);
    expect(justering.status).toBe(200);
    expect(justering.text).not.toContain(LINK_TEXT);
  });

  describe('once justerat', () => {
    beforeAll(() => world.justera());

    it.each([
      ['HR', HR.email, true],
      ['the sekreterare', SECRETARY.email, false],
    ])('offers %s the package, which the link answers as a ZIP', async (_who, email, publicVersion) => {
      const { person, page } = await pageAs(email);
      expect(page.text).toContain(`<h2 class="ds-heading" data-size="md" id="arkivering">Arkivering</h2>`);
      expect(page.text).toContain(`href="${world.archiveHref}" download>${LINK_TEXT}</a>`);
      expect(page.text.includes('Du får den offentliga versionen')).toBe(publicVersion);
      const zip = await request(world.server)
        .get(world.archiveHref)
        .set('Cookie', [...person.cookies].map(([name, value]) => `${name}=${value}`).join('; '))
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(zip.headers['content-type']).toBe('application/zip');
      const paths = (await readZip(zip.body as Buffer)).map(({ path }) => path);
      expect(paths).toContain('METS.xml');
    });

    it('offers it on the Justering page too, to HR but not to a justerare', async () => {
      const hr = formBrowser(world);
      await hr.signIn(HR.email, PASSWORD);
      const page = await hr.get(`/justering/${world.meetingIds.held}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`href="${world.archiveHref}" download>${LINK_TEXT}</a>`);
      const justerare = formBrowser(world);
      await justerare.signIn(PEOPLE.vision.email, PASSWORD);
      const theirs = await justerare.get(`/justering/${world.meetingIds.held}`);
      expect(theirs.status).toBe(200);
      expect(theirs.text).not.toContain(LINK_TEXT);
    });

    it.each([
      ['the ordförande (a justerare)', PEOPLE.chair.email],
      ['a union justerare', PEOPLE.vision.email],
    ])('does not offer it to %s', async (_who, email) => {
      const { page } = await pageAs(email);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain(LINK_TEXT);
    });
  });
});

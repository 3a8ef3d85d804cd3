/**
 * Issue 13: the Dokument page of a justerat meeting offers "Ladda ner arkivpaket (ZIP)" to those
 * who may make the package (HR, the group's sekreterare; an admin does not read the page), and the
 * link answers the ZIP. Before justering, and for the ordförande or a justerare, there is no link.
 */
import request from 'supertest';
import { AccountService } from '#libs/identity';
import { readZip } from '../support/read-zip.js';
import { binaryBody } from '../support/binary-body.js';
import { type DocsWorld, startDocsWorld } from './support/docs-world.js';
import { formBrowser, hrefsOf } from './support/form-browser.js';
import { PASSWORD, PEOPLE, TENANT } from './support/web-world.js';

const HR = { email: 'hanna.hr@exempelstad.se', name: 'Hanna Hård' } as const;
const SECRETARY = { email: 'sara.sekreterare@exempelstad.se', name: 'Sara Sjöberg' } as const;
const LINK_TEXT = 'Ladda ner arkivpaket (ZIP)';

describe('the archive package link on the Dokument page', () => {
  let world: DocsWorld;
  let held: string;
  const archiveHref = () => `/api/meetings/${held}/archive-package`;

  beforeAll(async () => {
    world = await startDocsWorld();
    held = world.meetingIds.held;
    const accounts = world.app.get(AccountService);
    await accounts.create({
      tenantId: TENANT,
      email: HR.email,
      displayName: HR.name,
      password: PASSWORD,
      roles: ['hr'],
    });
    const secretary = await accounts.create({
      tenantId: TENANT,
      email: SECRETARY.email,
      displayName: SECRETARY.name,
      password: PASSWORD,
    });
    await request(world.server)
      .post(`/api/groups/${world.groupId}/members`)
      .set('Cookie', world.cookies.admin)
      .send({
        person: { personId: secretary.id, name: SECRETARY.name },
        party: { side: 'employer' },
        role: 'sekreterare',
        joinedOn: '2019-01-01',
      })
      .expect(200);
  });
  afterAll(async () => {
    await world?.close();
  });

  const pageAs = async (email: string) => {
    const person = formBrowser(world);
    await person.signIn(email, PASSWORD);
    return { person, page: await person.get(`/dokument/${held}`) };
  };

  it('is not offered before the protocol is justerat', async () => {
    const { page } = await pageAs(HR.email);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(LINK_TEXT);
    expect(hrefsOf(page.text)).not.toContain(archiveHref());
  });

  describe('once justerat', () => {
    beforeAll(async () => {
      for (const who of ['chair', 'vision'] as const) {
        const { protocol } = await world.meetingAs('chair');
        await request(world.server)
          .post(`/api/meetings/${held}/protocol/justeringar`)
          .set('Cookie', world.cookies[who])
          .send({ revision: protocol.revision, textHash: protocol.textHash })
          .expect(200);
      }
      await world.project();
    });

    it.each([
      ['HR', HR.email, true],
      ['the sekreterare', SECRETARY.email, false],
    ])('offers %s the package, which the link answers as a ZIP', async (_who, email, publicVersion) => {
      const { person, page } = await pageAs(email);
      expect(page.text).toContain(`<h2 class="ds-heading" data-size="md" id="arkivering">Arkivering</h2>`);
      expect(page.text).toContain(`href="${archiveHref()}" download>${LINK_TEXT}</a>`);
      expect(page.text.includes('Du får den offentliga versionen')).toBe(publicVersion);
      const zip = await request(world.server)
        .get(archiveHref())
        .set('Cookie', [...person.cookies].map(([name, value]) => `${name}=${value}`).join('; '))
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(zip.headers['content-type']).toBe('application/zip');
      const paths = (await readZip(zip.body as Buffer)).map(({ path }) => path);
      expect(paths).toContain('METS.xml');
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

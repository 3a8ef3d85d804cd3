/**
 * Issue 13, nobody is left unasked: the justering workflow through the API, its messages recorded
 * by the justering-mail reaction, delivered by the worker's sender to a real SMTP server and read
 * back with mailparser. A confidential item's texts never leave the service in an e-mail.
 */
import { DataSource } from 'typeorm';
import type { Principal } from '#libs/identity';
import { AppConfig } from '#libs/config';
import { PgEventStore } from '#libs/event-store';
import { groupsProjection } from '#libs/groups';
import { justeringMailReaction } from '#libs/invitations';
import { OutboxSender } from '#libs/mail';
import { type ApiTestApp, startApiTestApp } from '../api/support/api-test-app.js';
import { projectToHead } from '../api/support/project-to-head.js';
import { waitFor } from '../event-store/wait-for.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { ADDRESSES, heldMeeting, justeringGroup, type Who } from './support/justering-world.js';

const SENDER = 'samverkan@exempelstad.se';

describe('the justering workflow by e-mail', () => {
  let api: ApiTestApp;
  let smtp: SmtpTestServer;
  let sender: OutboxSender;
  const people = {} as Record<Who, Principal>;
  let meetingId: string;
  let reaction: ReturnType<typeof justeringMailReaction>;

  beforeAll(async () => {
    api = await startApiTestApp();
    smtp = await startSmtpTestServer();
    const group = await justeringGroup(api);
    Object.assign(people, group.people);
    const db = api.app.get(DataSource);
    reaction = justeringMailReaction(
      { publicBaseUrl: 'https://samverkan.exempelstad.se' },
      api.app.get(PgEventStore),
    );
    // A reaction starts at the head of the log: registered before the events it reacts to.
    await projectToHead(api.app, [groupsProjection, reaction]);
    meetingId = await heldMeeting(api, group);
    const config = Object.assign(new AppConfig(), {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'off',
      mailFrom: `Samverkan <${SENDER}>`,
      mailPollMs: 50,
      mailRetryMaxMs: 200,
    });
    sender = new OutboxSender(db, config);
    sender.onApplicationBootstrap();
  });
  afterAll(async () => {
    await sender?.beforeApplicationShutdown();
    await smtp?.stop();
    await api?.close();
  });

  const path = (rest: string) => `/api/meetings/${meetingId}/${rest}`;
  const deliver = () => projectToHead(api.app, [groupsProjection, reaction]);
  const mailsTo = (address: string) => smtp.received.filter(({ envelopeTo }) => envelopeTo.includes(address));
  const subjectsTo = (address: string) => mailsTo(address).map(({ mail }) => mail.subject);
  const until = (address: string, count: number) =>
    waitFor(
      async () => mailsTo(address).length,
      (seen) => seen >= count,
    );

  it('asking for justering e-mails each justerare the link, the revision and the last date', async () => {
    api.clock.set('2019-02-25T12:00:00Z');
    await api.as(people.secretary).post(path('protocol/justering-request')).send({}).expect(200);
    await deliver();
    await until(ADDRESSES.ssr, 1);
    await until(ADDRESSES.viceChair, 1);
    const [mail] = mailsTo(ADDRESSES.ssr).map((received) => received.mail);
    expect(mail!.subject).toMatch(/^Justering: .*protokoll .*2019.*, senast 2019-03-04$/);
    expect(mail!.text).toContain('Hej Cornelia Sjöström!');
    expect(mail!.text).toContain('Sista dag för justering: 2019-03-04');
    expect(mail!.text).toContain(
      `Öppna justeringen: https://samverkan.exempelstad.se/justering/${meetingId}`,
    );
    expect(mail!.html).toContain('Cornelia Sjöström');
    expect(subjectsTo(ADDRESSES.secretary)).toEqual([]);
  });

  it('a proposal reaches the secretary; on a confidential § its text stays in the service', async () => {
    await api
      .as(people.ssr)
      .post(path('protocol/proposals'))
      .send({ revision: 1, itemId: 'i-info', comment: 'Namnet på medarbetaren ska strykas.' })
      .expect(200);
    await api
      .as(people.ssr)
      .post(path('protocol/proposals'))
      .send({
        revision: 1,
        itemId: 'i-beslut',
        comment: 'Säg att uppföljningen sker i maj & <snart>.',
        record: 'decision',
        wording: 'Uppföljningen sker i maj.',
      })
      .expect(200);
    await deliver();
    await until(ADDRESSES.secretary, 2);
    const mails = mailsTo(ADDRESSES.secretary).map((received) => received.mail);
    const confidential = mails.find(
      (mail) => mail.subject?.includes('§ 1') || mail.text?.includes('sekretessmarkerad'),
    );
    expect(confidential?.text).toContain('Punkten är sekretessmarkerad');
    expect(mails.map((mail) => mail.text).join('\n')).not.toContain('Namnet på medarbetaren');
    const open = mails.find((mail) => mail.text?.includes('maj'));
    expect(open?.text).toContain('Förslaget: Säg att uppföljningen sker i maj & <snart>.');
    expect(open?.html).toContain('maj &amp; &lt;snart&gt;.');
  });

  it('answers reach the proposer, and the new revision reaches every justerare, once each', async () => {
    api.clock.set('2019-02-26T08:00:00Z');
    await api
      .as(people.secretary)
      .post(path('protocol/proposal-answers'))
      .send({ proposalId: '1', answer: 'rejected', reason: 'Inget namn står i texten.' })
      .expect(200);
    await api
      .as(people.secretary)
      .post(path('protocol/proposal-answers'))
      .send({ proposalId: '2', answer: 'accepted', reason: 'Stämmer.' })
      .expect(200);
    await deliver();
    await until(ADDRESSES.ssr, 4);
    await until(ADDRESSES.viceChair, 2);
    const toSsr = subjectsTo(ADDRESSES.ssr);
    expect(toSsr.filter((subject) => subject?.startsWith('Ditt förslag är avslaget'))).toHaveLength(1);
    expect(toSsr.filter((subject) => subject?.startsWith('Ditt förslag är godtaget'))).toHaveLength(1);
    expect(toSsr.filter((subject) => subject?.startsWith('Ny revision att justera'))).toHaveLength(1);
    const rejected = mailsTo(ADDRESSES.ssr).find(({ mail }) =>
      mail.subject?.startsWith('Ditt förslag är avslaget'),
    );
    expect(rejected?.mail.text).not.toContain('Inget namn står i texten.');
    expect(
      subjectsTo(ADDRESSES.viceChair).filter((s) => s?.startsWith('Ny revision att justera')),
    ).toHaveLength(1);
  });

  it('when both have justerat revision 2, everyone is told, and a second run sends nothing again', async () => {
    const { protocol } = (await api.as(people.secretary).get(path('')).expect(200)).body;
    expect(protocol.revision).toBe(2);
    await api.as(people.viceChair).post(path('protocol/justeringar')).send(protocol).expect(200);
    await api.as(people.ssr).post(path('protocol/justeringar')).send(protocol).expect(200);
    await deliver();
    for (const address of Object.values(ADDRESSES)) {
      await waitFor(
        async () =>
          subjectsTo(address).filter((subject) => subject?.startsWith('Protokollet är justerat')).length,
        (count) => count === 1,
      );
    }
    const total = smtp.received.length;
    await deliver();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(total);
  });
});

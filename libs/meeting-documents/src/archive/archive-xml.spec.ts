import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildMeetingXml, type MeetingDescription } from './meeting-xml.js';
import { buildMetsXml } from './mets-xml.js';
import { describeFile } from './package-files.js';
import { packageFileName } from './package-name.js';

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(
    xml,
  );
};

const HOSTILE = `FSG <&> "Kvarnen" 'å ä ö'`;
const meeting: MeetingDescription = {
  meetingId: 'm-1',
  organisation: 'Exempelstads kommun',
  forvaltning: 'Socialförvaltningen',
  group: { groupId: 'g-1', name: HOSTILE, levels: 'FSG' },
  protocolNumber: '2/2019',
  date: '2019-02-25',
  startsAt: '2019-02-25T07:30:00Z',
  endsAt: '2019-02-25T10:00:00Z',
  place: 'Kvarnen <rum 3>',
  revision: 1,
  streamVersion: 18,
  audience: 'public',
  justeringSetting: 'parties',
  attendance: [
    {
      name: 'Åsa Öberg',
      personId: 'p-1',
      role: 'ledamot',
      presence: 'present',
      party: { side: 'union', name: 'Vision' },
    },
    { name: 'Gäst "&" Ek', role: 'adjungerad', presence: 'present', title: 'HR-specialist' },
  ],
  justerare: [{ name: 'Åsa Öberg', personId: 'p-1', party: { side: 'union', name: 'Vision' } }],
  approvals: [
    {
      name: 'Åsa Öberg',
      personId: 'p-1',
      party: { side: 'union', name: 'Vision' },
      revision: 1,
      textHash: 'ab'.repeat(32),
      at: '2019-02-25T13:00:00.000Z',
    },
  ],
  justeringar: [{ revision: 1, textHash: 'ab'.repeat(32), at: '2019-02-25T13:00:00.000Z' }],
  confidential: [{ itemId: 'i-secret', paragraph: 13, withheld: true }],
};

describe('meeting.xml', () => {
  it('escapes every text and attribute, and reads back exactly what was put in', () => {
    const xml = buildMeetingXml(meeting);
    expect(xml).toContain('FSG &lt;&amp;&gt; "Kvarnen" \'å ä ö\'</grupp>');
    const { mote } = parse(xml);
    expect(mote.grupp['#text']).toBe(HOSTILE);
    expect(mote.plats).toBe('Kvarnen <rum 3>');
    expect(mote.narvaro.deltagare[1]).toMatchObject({ '#text': 'Gäst "&" Ek', '@titel': 'HR-specialist' });
    expect(mote.justering.godkannande).toMatchObject({
      '@part': 'Vision',
      '@sida': 'arbetstagarorganisation',
    });
  });

  it('replaces characters XML 1.0 cannot carry instead of writing a broken file', () => {
    const xml = buildMeetingXml({ ...meeting, place: 'Kvarnen\u0000\u0007' });
    expect(parse(xml).mote.plats).toBe('Kvarnen\uFFFD\uFFFD');
  });

  it('says that items were left out, and which, without anything of their content', () => {
    const { mote } = parse(buildMeetingXml(meeting));
    expect(mote.sekretess).toMatchObject({
      '@sekretessmarkerade': '1',
      '@utelamnade': '1',
      punkt: { '@punktId': 'i-secret', '@paragraf': '13', '@utelamnad': 'ja' },
    });
    expect(mote.sekretess.anmarkning).toContain('1 sekretessmarkerade punkter är utelämnade');
  });

  it('has no remark when nothing is left out (the members’ version)', () => {
    const { mote } = parse(
      buildMeetingXml({
        ...meeting,
        audience: 'members',
        confidential: [{ itemId: 'i-secret', withheld: false }],
      }),
    );
    expect(mote.version['@version']).toBe('medlemmar');
    expect(mote.sekretess.anmarkning).toBeUndefined();
    expect(mote.sekretess.punkt['@utelamnad']).toBe('nej');
  });
});

describe('METS.xml', () => {
  const descriptive = describeFile({
    path: 'metadata/descriptive/meeting.xml',
    mimeType: 'application/xml',
    body: Buffer.from('<mote/>'),
  });
  const data = [
    describeFile({
      path: 'representations/rep1/data/a.pdf',
      mimeType: 'application/pdf',
      body: Buffer.from('%PDF'),
    }),
    describeFile({
      path: 'representations/rep1/data/handelselogg.jsonl',
      mimeType: 'application/x-ndjson',
      body: Buffer.from('{}\n'),
    }),
  ];
  const mets = () =>
    parse(
      buildMetsXml({
        objId: 'urn:x:1',
        label: `Protokoll 2/2019, ${HOSTILE}`,
        createdAt: '2019-03-04T10:15:00.000Z',
        descriptive,
        data,
      }),
    )['mets:mets'];

  it('describes each file with MIME type, size and SHA-256, and points the structMap at each', () => {
    const files = mets()['mets:fileSec']['mets:fileGrp']['mets:file'];
    expect(
      files.map((file: Record<string, string>) => [file['@MIMETYPE'], file['@SIZE'], file['@CHECKSUMTYPE']]),
    ).toEqual([
      ['application/pdf', '4', 'SHA-256'],
      ['application/x-ndjson', '3', 'SHA-256'],
    ]);
    // sha256sum of the four bytes "%PDF"
    expect(files[0]['@CHECKSUM']).toBe('315d429b7714cedb6ad04ac31240145257692630457f3c88253c5beceac76027');
    const fptrs = mets()['mets:structMap']['mets:div']['mets:div'][1]['mets:fptr'];
    expect(fptrs.map((fptr: Record<string, string>) => fptr['@FILEID'])).toEqual(['file-1', 'file-2']);
  });

  it('has the creating agent and the date in its header, and the escaped label', () => {
    const root = mets();
    expect(root['@LABEL']).toBe(`Protokoll 2/2019, ${HOSTILE}`);
    expect(root['mets:metsHdr']['@CREATEDATE']).toBe('2019-03-04T10:15:00.000Z');
    expect(root['mets:metsHdr']['mets:agent']['@ROLE']).toBe('CREATOR');
    expect(root['mets:dmdSec']['mets:mdRef']['@xlink:href']).toBe('metadata/descriptive/meeting.xml');
  });
});

describe('the package file name', () => {
  it('is the group, the number and the date in ASCII', () => {
    expect(packageFileName('FSG/VSG Socialförvaltningen', '2/2019', '2019-02-25')).toBe(
      'fsg-vsg-socialforvaltningen-2-2019-2019-02-25.zip',
    );
    expect(packageFileName('Åre <&> "Öst"', '16/20', '2020-11-02')).toBe('are-ost-16-20-2020-11-02.zip');
    expect(packageFileName('<>&"', '1/2019', '2019-01-07')).toBe('mote-1-2019-2019-01-07.zip');
  });
});

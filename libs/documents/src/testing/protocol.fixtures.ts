import type { ProtocolDocument, ProtocolParagraph, UtdragDocument } from '../model/index.js';
import { employer, header, kommunal, ssr, texts, vision } from './meeting.fixtures.js';

const procedural = (paragraph: number, title: string, outcome: string): ProtocolParagraph => ({
  paragraph,
  itemId: `i-${paragraph}`,
  title,
  kind: 'stående punkt',
  statements: [],
  outcome,
  followUps: [],
  protokollsanteckningar: [],
});

const item = (paragraph: number, title: string, kind: string, more: Partial<ProtocolParagraph>) => ({
  paragraph,
  itemId: `i-${paragraph}`,
  title,
  kind,
  statements: [],
  followUps: [],
  protokollsanteckningar: [],
  ...more,
});

/** The justerat protocol 2/2019 (revision 2, after a justerare's change request). */
export function protocolFixture(): ProtocolDocument {
  return {
    kind: 'protokoll',
    header,
    revision: {
      revision: 2,
      kind: 'revision',
      at: '2019-02-26T14:05:00Z',
      by: 'Maria Ek',
      reason: 'Justerarens ändringar i § 8',
      superseded: false,
    },
    attendance: {
      present: [
        {
          party: employer,
          people: [
            { name: 'Jessica Granquist', role: 'HR-chef', replaces: 'Dinah Åbinger' },
            { name: 'Petra Hellberg', role: 'avdelningschef' },
          ],
        },
        { party: ssr, people: [{ name: 'Cecilia Cederström' }] },
        { party: vision, people: [{ name: 'Tina Thuresson', role: 'huvudskyddsombud' }] },
      ],
      absent: [
        { party: employer, people: [{ name: 'Dinah Åbinger', role: 'förvaltningschef' }] },
        { party: kommunal, people: [{ name: 'Åsa Öberg' }] },
      ],
      adjungerade: [{ name: 'Maria Ek', role: 'HR-konsult' }],
    },
    ordforande: ['Jessica Granquist'],
    sekreterare: ['Maria Ek'],
    justerare: [
      { name: 'Cecilia Cederström', party: ssr },
      { name: 'Jessica Granquist', party: employer },
    ],
    scope: { first: 1, last: 13 },
    sections: [
      {
        paragraphs: [
          procedural(1, 'Mötets öppnande', 'Ordförande öppnar mötet.'),
          procedural(2, 'Val av justerare', 'Cecilia Cederström och Jessica Granquist väljs att justera.'),
          procedural(3, 'Fastställande av dagordning', 'Dagordningen fastställs.'),
          procedural(4, 'Föregående protokoll', 'Inget att anmärka.'),
        ],
      },
      {
        heading: 'Information',
        paragraphs: [
          item(5, 'Nytt inom arbetsmiljö', 'information', {
            presenter: 'Petra Hellberg',
            text: texts.arbetsmiljo,
            outcome: 'Informationen noteras.',
          }),
          item(6, 'Uppdatering chefsrekryteringar', 'information', {
            text: texts.chefsrekryteringar,
            outcome: 'Informationen noteras.',
          }),
        ],
      },
      {
        heading: 'Dialog',
        paragraphs: [
          item(7, 'Uppföljning av avslutningssamtalen', 'dialog', {
            presenter: 'Maria Ek',
            text: texts.avslutningssamtal,
            statements: [
              { party: ssr, text: texts.ssrOmRekrytering },
              { party: employer, text: texts.arbetsgivarenOmRekrytering },
            ],
            followUps: [{ action: texts.followUpAction, responsible: 'Maria Ek', dueDate: '2019-03-25' }],
          }),
          item(8, 'Arbetsskador och tillbud', 'dialog', { text: texts.arbetsskador }),
          item(9, 'Säkerhetsåtgärder efter hot mot enheten Utredning', 'dialog', {
            text: texts.sakerhetsatgarder,
            confidential: { reason: 'Säkerhetsskydd' },
          }),
          item(10, 'Fackliga parter återkopplar kring förra tematräffen', 'dialog', {
            proposedBy: kommunal,
            deferral: { reason: texts.tematraffDeferral },
          }),
        ],
      },
      {
        heading: 'Beslut',
        paragraphs: [
          item(11, 'Webbenkät årlig uppföljning – samverkan', 'beslut', {
            text: texts.webbenkat,
            outcome: 'Samverkan fullgjord i enighet.',
            protokollsanteckningar: [{ party: vision, text: texts.visionAnteckning }],
          }),
          item(12, 'Arbetstidsmodell för helger', 'beslut', {
            proposedBy: ssr,
            origin: { kind: 'deferred', paragraph: 9, date: '2019-01-28', reason: 'Underlaget saknades.' },
            text: 'Förslaget om arbetstidsmodell för helger inom Vuxen gicks igenom.',
            outcome: 'Samverkan fullgjord i oenighet. Akademikerförbundet SSR är oenigt.',
          }),
          item(13, 'Återrapportering hot och våld', 'återrapportering', {
            origin: { kind: 'follow-up', paragraph: 6, date: '2019-01-28', dueDate: '2019-02-25' },
            text: 'Termautbildningar och HLR-utbildningar genomförs under våren.',
            outcome: 'Informationen noteras.',
          }),
        ],
      },
    ],
    closedAt: '2019-02-25T09:52:00Z',
    justering: {
      status: 'justerat',
      entries: [
        { name: 'Cecilia Cederström', party: ssr, state: 'justerat', at: '2019-02-27T08:12:00Z' },
        { name: 'Jessica Granquist', party: employer, state: 'justerat', at: '2019-02-27T12:40:00Z' },
      ],
      textHash: 'sha256:9f2c4e1ab07d55e3c8f1a6b2d4e9073c5a1b8e6f2d3c4b5a69788796a5b4c3d2',
      justeratAt: '2019-02-27T12:40:00Z',
    },
    omittedItems: 0,
  };
}

/** The same meeting before close: revision 0, no § numbers yet, justering not begun. */
export function draftProtocolFixture(): ProtocolDocument {
  const protocol = protocolFixture();
  // Through JSON, as the stored model is: the fields set to undefined here are then absent.
  return asJson<ProtocolDocument>({
    ...protocol,
    revision: { revision: 0, kind: 'utkast', superseded: false },
    scope: undefined,
    sections: protocol.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map(({ paragraph: _number, ...rest }) => rest),
    })),
    closedAt: undefined,
    justering: {
      status: 'utkast',
      entries: [
        { name: 'Cecilia Cederström', party: ssr, state: 'väntar' },
        { name: 'Jessica Granquist', party: employer, state: 'väntar' },
      ],
    },
  });
}

const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The protokollsutdrag of one § of protocol 2/2019; § 11 is the Beslut with a protokollsanteckning. */
export function utdragFixture(paragraphNumber = 11): UtdragDocument {
  const protocol = protocolFixture();
  const paragraph = protocol.sections
    .flatMap((section) => section.paragraphs)
    .find((candidate) => candidate.paragraph === paragraphNumber);
  if (!paragraph) throw new Error(`no § ${paragraphNumber} in the fixture`);
  return {
    kind: 'protokollsutdrag',
    header: protocol.header,
    revision: protocol.revision,
    paragraph,
    justering: protocol.justering,
  };
}

/** A long meeting: the procedural §§ and `items` dialog items with a page of text between them. */
export function protocolWithItems(items: number): ProtocolDocument {
  const protocol = protocolFixture();
  const paragraphs = Array.from({ length: items }, (_, index) =>
    item(index + 5, `Punkt ${index + 1}: Arbetsmiljö på enhet ${index + 1}`, 'dialog', {
      text: `${texts.arbetsmiljo}\n\n${texts.avslutningssamtal}\n\n${texts.chefsrekryteringar}`,
      statements: [{ party: ssr, text: texts.ssrOmRekrytering }],
      outcome: 'Samverkan fullgjord i enighet.',
      followUps:
        index % 5 === 0
          ? [{ action: texts.followUpAction, responsible: 'Maria Ek', dueDate: '2019-03-25' }]
          : [],
    }),
  );
  return {
    ...protocol,
    scope: { first: 1, last: items + 4 },
    sections: [protocol.sections[0], { heading: 'Dialog', paragraphs }],
  };
}

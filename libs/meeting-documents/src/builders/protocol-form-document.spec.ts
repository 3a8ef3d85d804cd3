import { defaultProtocolForm, type ProtocolForm } from '#libs/shared-kernel';
import type { AgendaItem, MeetingEvent } from '#libs/meetings';
import { buildKallelseDocument } from './kallelse-document.js';
import { buildMinnesanteckningarDocument } from './minnesanteckningar-document.js';
import { buildProtocolDocument } from './protocol-document.js';
import {
  at,
  attendanceRecorded,
  closedMeeting,
  group,
  item,
  justerareAppointed,
  later,
  meetingId,
  scheduled,
  stateAfter,
} from './document.fixtures.js';

/** The agreement's own words, and its own order: dagordning before justerare, a closing §. */
const csg: ProtocolForm = defaultProtocolForm(['CSG']);
const csgGroup = { ...group, protocolForm: csg };

const budget = item('i-budget', 'Budget 2020', 'beslut');
const org = item('i-org', 'Ny organisation för stödfunktionerna', 'dialog');
const hr: AgendaItem = { ...item('i-org-hr', 'HR-enheten', 'dialog'), parentItemId: 'i-org' };
const ending = item('i-slut', 'Mötet avslutas', 'stående punkt');
const fraga = item('i-fraga', 'Parkeringen vid stadshuset', 'övrig fråga');

const on = (type: MeetingEvent['type'], data: object, when = at) =>
  ({ type, data: { meetingId, ...data, at: when } }) as MeetingEvent;
const held: MeetingEvent[] = [
  scheduled,
  on('AgendaSet', { version: 1, items: [budget, org, hr, ending] }, '2019-02-04T09:00:00Z'),
  on('KallelseIssued', { agendaVersion: 1, recipients: [] }, '2019-02-11T09:00:00Z'),
  attendanceRecorded,
  justerareAppointed,
  on('OvrigFragaAdded', { version: 2, item: fraga }),
  on('DecisionRecorded', {
    itemId: 'i-budget',
    text: 'Budgeten läggs fram.',
    outcome: 'enighet',
    disagreeing: [],
    protokollsanteckningar: [],
  }),
  on('DialogRecorded', { itemId: 'i-org-hr', text: 'HR samlas i en enhet.', views: [] }),
  on('InformationRecorded', { itemId: 'i-slut', text: 'Ordföranden tackar.', comments: [] }),
  on('InformationRecorded', { itemId: 'i-fraga', text: 'Parkeringen stängs i mars.', comments: [] }),
  on(
    'MeetingClosed',
    {
      paragraphs: [
        { itemId: 'i-budget', paragraph: 5 },
        { itemId: 'i-org', paragraph: 6 },
        { itemId: 'i-org-hr', paragraph: 6, subItem: 'a' },
        { itemId: 'i-slut', paragraph: 7 },
        { itemId: 'i-fraga', paragraph: 8 },
      ],
      revision: 1,
      form: csg,
    },
    later,
  ),
];
const protocol = () => buildProtocolDocument(stateAfter(held), group);
const lines = () =>
  protocol().sections.map((section) => [
    section.heading,
    section.paragraphs.map((p) =>
      [
        p.subItem ? `${p.subItem})` : p.paragraph === undefined ? '' : `§ ${p.paragraph}`,
        p.title,
        p.text,
        p.outcome,
      ]
        .filter(Boolean)
        .join(' '),
    ),
  ]);

describe('the protocol in the group’s own form', () => {
  it('keeps the form it was closed in, whatever the group follows now', () => {
    expect(lines()).toEqual([
      [
        undefined,
        [
          '§ 1 Mötets öppnande Jenny Gräslund öppnar mötet.',
          '§ 2 Fastställande av dagordning Dagordningen fastställs med följande ändringar: punkten ”Parkeringen vid stadshuset” läggs till.',
          expect.stringMatching(/^§ 3 Val av justerare Till justerare utses /),
          '§ 4 Anmälan av föregående protokoll Föregående protokoll anmäls och läggs till handlingarna.',
        ],
      ],
      ['Samverkan före beslut', ['§ 5 Budget 2020 Budgeten läggs fram. Samverkan fullgjord i enighet.']],
      [
        'Tidig och fördjupad dialog',
        ['§ 6 Ny organisation för stödfunktionerna', 'a) HR-enheten HR samlas i en enhet. Dialog genomförd.'],
      ],
      // "Mötet avslutas" is a stående punkt: it notes nothing, though information was recorded on it.
      ['Information', ['§ 7 Mötet avslutas Ordföranden tackar.']],
      ['Övriga frågor', ['§ 8 Parkeringen vid stadshuset Parkeringen stängs i mars. Informationen noteras.']],
      [undefined, ['§ 9 Mötets avslutande Jenny Gräslund avslutar mötet.']],
    ]);
    expect(protocol().scope).toEqual({ first: 1, last: 9 });
  });

  it('keeps an empty section of the form, for the documents to say "Inga ärenden."', () => {
    const draft = buildProtocolDocument(
      stateAfter([scheduled, on('AgendaSet', { version: 1, items: [budget] }, '2019-02-04T09:00:00Z')]),
      csgGroup,
    );
    expect(draft.sections.map((section) => [section.heading, section.paragraphs.length])).toEqual([
      [undefined, 4],
      ['Samverkan före beslut', 1],
      ['Tidig och fördjupad dialog', 0],
      ['Information', 0],
      ['Övriga frågor', 0],
      // A draft's closing § has no number yet: the items before it may still change.
      [undefined, 1],
    ]);
    expect(draft.sections.at(-1)!.paragraphs[0]).toMatchObject({ title: 'Mötets avslutande' });
    expect(draft.sections.at(-1)!.paragraphs[0]!.paragraph).toBeUndefined();
  });

  it('does not name a confidential item the agenda gained', () => {
    const confidential = on('ItemMarkedConfidential', { itemId: 'i-fraga', reason: 'Enskilt ärende' });
    const [, agendaParagraph] = buildProtocolDocument(
      stateAfter([...held.slice(0, -1), confidential, held.at(-1)!]),
      group,
    ).sections[0]!.paragraphs;
    expect(agendaParagraph!.text).toBe(
      'Dagordningen fastställs med följande ändringar: en sekretessbelagd punkt läggs till.',
    );
  });

  it('a meeting closed before groups had a form keeps its three procedural §§ and kind headings', () => {
    const old = buildProtocolDocument(stateAfter(closedMeeting), csgGroup);
    expect(old.sections.map((section) => section.heading)).toEqual([
      undefined,
      'Information',
      'Dialog',
      'Beslut',
    ]);
    expect(old.sections[0]!.paragraphs.map((p) => p.title)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Fastställande av dagordning',
    ]);
  });
});

describe('the minnesanteckningar and the kallelse in the group’s own form', () => {
  it('the notes have the form’s sections, sub-items lettered', () => {
    const notes = buildMinnesanteckningarDocument(stateAfter(held), group);
    expect(
      notes.sections.map((section) => [section.heading, section.items.map((i) => i.subItem ?? i.title)]),
    ).toEqual([
      ['Samverkan före beslut', ['Budget 2020']],
      ['Tidig och fördjupad dialog', ['Ny organisation för stödfunktionerna', 'a']],
      ['Information', ['Mötet avslutas']],
      ['Övriga frågor', ['Parkeringen vid stadshuset']],
    ]);
  });

  it('the kallelse numbers the points as the § they will get, with the procedural points of the form', () => {
    const prepared = [
      scheduled,
      on('AgendaSet', { version: 1, items: [budget, org, hr] }, '2019-02-04T09:00:00Z'),
    ];
    const kallelse = buildKallelseDocument(stateAfter(prepared), csgGroup);
    expect(kallelse.items.map((i) => [`${i.number}${i.subItem ?? ''}`, i.section, i.title])).toEqual([
      ['1', undefined, 'Mötets öppnande'],
      ['2', undefined, 'Fastställande av dagordning'],
      ['3', undefined, 'Val av justerare'],
      ['4', undefined, 'Anmälan av föregående protokoll'],
      ['5', 'Samverkan före beslut', 'Budget 2020'],
      ['6', 'Tidig och fördjupad dialog', 'Ny organisation för stödfunktionerna'],
      ['6a', 'Tidig och fördjupad dialog', 'HR-enheten'],
      ['7', undefined, 'Mötets avslutande'],
    ]);
  });
});

import type { MinnesanteckningarDocument, MinnesanteckningarItem } from '../model/index.js';
import { employer, header, ssr, texts, vision } from './meeting.fixtures.js';

const item = (paragraph: number, title: string, more: Partial<MinnesanteckningarItem>) => ({
  itemId: `i-${paragraph}`,
  paragraph,
  title,
  statements: [],
  followUps: [],
  protokollsanteckningar: [],
  ...more,
});

/** The minnesanteckningar of seed 002, shortened, with the same layout and wording. */
export function minnesanteckningarFixture(): MinnesanteckningarDocument {
  return {
    kind: 'minnesanteckningar',
    header,
    revision: {
      revision: 3,
      kind: 'rättelse',
      at: '2019-03-01T08:10:00Z',
      by: 'Maria Ek',
      reason: 'Fel förnamn på ersättaren',
      superseded: false,
    },
    chair: { absent: 'Dinah Åbinger', substitute: 'Jessica Granquist' },
    substitutions: [{ absent: 'Åsa Öberg', substitute: 'Göran Ångström' }],
    sections: [
      {
        heading: 'Information',
        items: [
          item(4, 'Föregående mötesanteckningar', { text: 'Inget att anmärka.' }),
          item(5, 'Nytt inom arbetsmiljö', { text: texts.arbetsmiljo }),
          item(6, 'Uppdatering chefsrekryteringar', { text: texts.chefsrekryteringar }),
        ],
      },
      {
        heading: 'Dialog',
        items: [
          item(7, 'Uppföljning av avslutningssamtalen', {
            text: texts.avslutningssamtal,
            statements: [
              { party: ssr, text: texts.ssrOmRekrytering },
              { party: employer, text: texts.arbetsgivarenOmRekrytering },
            ],
            followUps: [{ action: texts.followUpAction, responsible: 'Maria Ek', dueDate: '2019-03-25' }],
          }),
          item(8, 'Arbetsskador och tillbud', { text: texts.arbetsskador }),
          item(9, 'Säkerhetsåtgärder efter hot mot enheten Utredning', {
            text: texts.sakerhetsatgarder,
            confidential: { reason: 'Säkerhetsskydd' },
          }),
          item(10, 'Fackliga parter återkopplar kring förra tematräffen', {
            deferral: { reason: texts.tematraffDeferral },
          }),
        ],
      },
      {
        heading: 'Beslut',
        items: [
          item(11, 'Webbenkät årlig uppföljning – samverkan', {
            text: texts.webbenkat,
            outcome: 'Samverkan fullgjord i enighet.',
            protokollsanteckningar: [{ party: vision, text: texts.visionAnteckning }],
          }),
        ],
      },
      { heading: 'Övriga frågor', items: [] },
    ],
    closing: texts.closing,
    justeringSentence: texts.justeringSentence,
    omittedItems: 0,
  };
}

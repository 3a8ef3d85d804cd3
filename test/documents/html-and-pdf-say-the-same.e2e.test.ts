/**
 * The HTML page and the PDF of each demo document say the same words in the same order: both are
 * laid out from one print outline (libs/documents/src/outline), and this is what holds them to it.
 * The demo meeting (seed 002 as 2/2019, justerat; the kallelse of 3/2019) is fetched over HTTP from
 * the production API as a member of the group, and the public version as HR, who is not one.
 */
import { demoEmail, type DemoDocuments, startDemoDocuments } from './support/demo-documents-app.js';
import {
  firstDifference,
  htmlWords,
  pdfWords,
} from '../../libs/documents/src/testing/document-words.fixtures.js';

const MEMBER = demoEmail('cornelia.sjostrom');
const HR = demoEmail('hanna.ohman');

const DOCUMENTS = [
  { name: 'the protokoll', meeting: 'seed', file: 'protokoll', reader: MEMBER },
  { name: 'the minnesanteckningar', meeting: 'seed', file: 'minnesanteckningar', reader: MEMBER },
  { name: 'a protokollsutdrag', meeting: 'seed', file: 'protokollsutdrag-12', reader: MEMBER },
  { name: 'the kallelse', meeting: 'next', file: 'kallelse', reader: MEMBER },
  { name: 'the draft protokoll of the next meeting', meeting: 'next', file: 'protokoll', reader: MEMBER },
  { name: 'the public protokoll', meeting: 'seed', file: 'protokoll?audience=public', reader: HR },
] as const;

describe('the HTML page and the PDF of each demo document say the same', () => {
  let demo: DemoDocuments;

  beforeAll(async () => {
    demo = await startDemoDocuments();
  });
  afterAll(() => demo?.close());

  it.each(DOCUMENTS)('$name', async ({ meeting, file, reader }) => {
    const [path, query = ''] = file.split('?');
    const url = (format: string) =>
      `/api/meetings/${demo.meetingId(meeting)}/documents/${path}.${format}${query ? `?${query}` : ''}`;
    const html = await demo.get(reader, url('html'));
    const pdf = await demo.get(reader, url('pdf'));
    expect([html.status, pdf.status]).toEqual([200, 200]);
    const words = htmlWords(html.text);
    expect(words.length).toBeGreaterThan(50);
    expect(firstDifference(words, await pdfWords(pdf.bytes))).toBeUndefined();
  });
});

/** What the documents of the demo meeting (seed 002 as 2/2019) must say, in every format. */
import { EMPLOYER, SSR } from '../../../apps/worker/src/demo/demo-people.js';
import { seedAgenda, seedRecordings } from '../../../apps/worker/src/demo/seed-002-texts.js';

export const MINNESANTECKNINGAR_TITLE =
  'Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 25 februari 2019';
export const JUSTERING_SENTENCE =
  'Cornelia Sjöström justerar protokollet för Akademikerförbundet SSR och Jenny Gräslund för arbetsgivaren.';

/** White space as a reader sees it: line and paragraph breaks are just spaces. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every text recorded in the seed meeting, paragraph by paragraph, and every party's view, collapsed. */
export const recordedTexts = (): string[] =>
  seedRecordings(EMPLOYER, SSR).flatMap(({ data }) => {
    const views = 'views' in data ? (data.views ?? []).map((view) => view.text) : [];
    return [...data.text.split('\n\n'), ...views].map(collapse);
  });

/** The texts recorded on one item, paragraph by paragraph. */
export const recordedTextsOf = (itemId: string): string[] =>
  seedRecordings(EMPLOYER, SSR)
    .filter(({ data }) => data.itemId === itemId)
    .flatMap(({ data }) => data.text.split('\n\n').map(collapse));

export const agendaTitles = (): string[] => seedAgenda(EMPLOYER, SSR).map((item) => item.title);

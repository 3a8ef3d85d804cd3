/**
 * What the documents of the demo meeting (seed 002 as 2/2019) must say, in every format: the texts
 * come from the seed itself (#libs/seeds), only the documents' own wording is written out here.
 */
import { SEED_002, type SeedMemberKey } from '#libs/seeds';

const { people, meetings } = SEED_002;

export const MINNESANTECKNINGAR_TITLE =
  'Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 25 februari 2019';
/** The chair line: the absent ordförande and who stands in. */
export const CHAIR_LINE = `${people.chair.name} är frånvarande, ${people.viceChair.name} ersätter.`;
export const JUSTERING_SENTENCE = `${people.ssr.name} justerar protokollet för Akademikerförbundet SSR och ${people.viceChair.name} för arbetsgivaren.`;
export const DEFERRAL_REASON = SEED_002.deferral.reason;
export const DEFERRED_TITLE = titleOf(SEED_002.deferral.itemId);

/** White space as a reader sees it: line and paragraph breaks are just spaces. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every text recorded in the seed meeting, paragraph by paragraph, and every party's view, collapsed. */
export const recordedTexts = (): string[] =>
  SEED_002.records.flatMap((record) => {
    const views = record.kind === 'dialog' ? (record.views ?? []).map((view) => view.text) : [];
    return [...record.text.split('\n\n'), ...views].map(collapse);
  });

/** The texts recorded on one item, paragraph by paragraph. */
export const recordedTextsOf = (itemId: string): string[] =>
  SEED_002.records
    .filter((record) => record.itemId === itemId)
    .flatMap((record) => record.text.split('\n\n').map(collapse));

export const agendaTitles = (): string[] => SEED_002.agenda.map((item) => item.title);

export function titleOf(itemId: string): string {
  const item = SEED_002.agenda.find((candidate) => candidate.itemId === itemId);
  if (item === undefined) throw new Error(`seed 002 has no agenda item ${itemId}`);
  return item.title;
}

/** The follow-ups set on 25 February, with the responsible person's name. */
export const followUps = () =>
  SEED_002.followUps.map((followUp) => ({ ...followUp, responsibleName: nameOf(followUp.responsible) }));
/** The follow-ups due by the next meeting (25 March), which its kallelse brings back. */
export const followUpsDueByNextMeeting = () =>
  followUps().filter((followUp) => followUp.dueDate <= meetings.next.date);
export const nameOf = (who: SeedMemberKey): string => people[who].name;

/**
 * A hand-written kallelse for the .ics specs: FSG/VSG Socialförvaltningen, möte 2/2019 on
 * 25 March 2019 13.00–15.00 in Stockholm (CET, so 12.00–14.00 UTC), with an item proposed by a
 * union, one deferred at the previous meeting, one follow-up due, and a confidential one.
 */
import type { KallelseDocument, KallelseItem } from '../model/index.js';

export const calendarDomain = 'samverkan.exempelstad.se';
export const meetingId = '6f1c2a1e-8a4b-4f0e-9c51-2b7d3e0a9f41';

export const budgetItem: KallelseItem = {
  number: 4,
  itemId: 'i-budget',
  title: 'Budgetuppföljning för äldreomsorgen',
  kind: 'information',
  presenter: 'Åsa Öberg',
  estimatedMinutes: 20,
  proposedBy: { side: 'employer', name: 'Arbetsgivaren' },
};

export const unionItem: KallelseItem = {
  number: 5,
  itemId: 'i-hemtjanst',
  title: 'Omorganisation av hemtjänsten i Östra området',
  kind: 'dialog',
  presenter: 'Cornelia Sjöström',
  estimatedMinutes: 30,
  proposedBy: { side: 'union', name: 'Akademikerförbundet SSR' },
};

export const deferredItem: KallelseItem = {
  number: 6,
  itemId: 'deferred:m-2019-1:i-enkat',
  title: 'Arbetsmiljöenkäten – åtgärder på Björkängens boende',
  kind: 'dialog',
  presenter: 'Mårten Åberg',
  estimatedMinutes: 25,
  proposedBy: { side: 'employer', name: 'Arbetsgivaren' },
  origin: { kind: 'deferred', paragraph: 7, date: '2019-02-25', reason: 'Underlaget var inte klart' },
};

export const followUpItem: KallelseItem = {
  number: 7,
  itemId: 'follow-up:f-hot-och-vald',
  title: 'Rutin för hot och våld ska förankras på alla enheter',
  kind: 'återrapportering',
  presenter: 'Jenny Gräslund',
  estimatedMinutes: 10,
  proposedBy: { side: 'employer', name: 'Arbetsgivaren' },
  origin: { kind: 'follow-up', paragraph: 9, date: '2019-02-25', dueDate: '2019-03-20' },
};

/** As the public version leaves a confidential item: number and kind only. */
export const confidentialItem: KallelseItem = {
  number: 8,
  title: '',
  kind: 'beslut',
  confidential: { omitted: true },
};

export function kallelseFixture(overrides: Partial<KallelseDocument> = {}): KallelseDocument {
  return {
    kind: 'kallelse',
    header: {
      meetingId,
      organisationName: 'Exempelstads kommun',
      groupName: 'FSG/VSG Socialförvaltningen',
      groupLevels: 'FSG/VSG',
      forvaltning: 'Socialförvaltningen',
      protocolNumber: '2/2019',
      dnr: 'DNR:02/2019',
      date: '2019-03-25',
      startsAt: '2019-03-25T12:00:00.000Z',
      endsAt: '2019-03-25T14:00:00.000Z',
      place: 'Stadshuset, sammanträdesrum Älven',
      videoLink: 'https://video.exempelstad.se/mote/fsg-vsg-soc',
    },
    sequence: 1,
    status: 'planerat',
    issued: { agendaVersion: 2, at: '2019-03-11T09:00:00.000Z', recipients: 12 },
    agendaVersion: 2,
    items: [budgetItem, unionItem, deferredItem, followUpItem, confidentialItem],
    totalMinutes: 85,
    updatedAt: '2019-03-11T08:58:12.000Z',
    omittedItems: 1,
    ...overrides,
  };
}

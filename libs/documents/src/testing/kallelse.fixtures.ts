import type { KallelseDocument } from '../model/index.js';
import { employer, header, kommunal, ssr, texts } from './meeting.fixtures.js';

/** The kallelse to the next meeting, 25 March 2019, with the items returning from 25 February. */
export function kallelseFixture(): KallelseDocument {
  return {
    kind: 'kallelse',
    header: {
      ...header,
      meetingId: 'meeting-fsg-2019-03',
      protocolNumber: '3/2019',
      dnr: 'DNR:03/2019',
      date: '2019-03-25',
      // 08.30–11.00 in Stockholm; still winter time on 25 March 2019 (summer time began the 31st).
      startsAt: '2019-03-25T07:30:00Z',
      endsAt: '2019-03-25T10:00:00Z',
    },
    sequence: 2,
    status: 'planerat',
    issued: { agendaVersion: 3, at: '2019-03-11T08:00:00Z', recipients: 12 },
    agendaVersion: 3,
    items: [
      {
        number: 1,
        title: 'Mötets öppnande',
        kind: 'stående punkt',
        estimatedMinutes: 2,
        proposedBy: employer,
      },
      {
        number: 2,
        title: 'Val av justerare',
        kind: 'stående punkt',
        estimatedMinutes: 2,
        proposedBy: employer,
      },
      { number: 3, title: 'Fastställande av dagordning', kind: 'stående punkt', estimatedMinutes: 2 },
      {
        number: 4,
        itemId: 'i-sn-mars',
        title: 'Föredragningslistan Socialnämnden mars',
        kind: 'information',
        presenter: 'Dinah Åbinger',
        estimatedMinutes: 15,
        proposedBy: employer,
      },
      {
        number: 5,
        itemId: 'i-tematraff',
        title: 'Fackliga parter återkopplar kring förra tematräffen',
        kind: 'dialog',
        presenter: 'Åsa Öberg',
        estimatedMinutes: 20,
        proposedBy: kommunal,
        origin: { kind: 'deferred', paragraph: 10, date: '2019-02-25', reason: texts.tematraffDeferral },
      },
      {
        number: 6,
        itemId: 'i-enkater',
        title: 'Återrapportering: digitala avslutningsenkäter',
        kind: 'återrapportering',
        presenter: 'Maria Ek',
        estimatedMinutes: 15,
        proposedBy: employer,
        origin: { kind: 'follow-up', paragraph: 7, date: '2019-02-25', dueDate: '2019-03-25' },
      },
      {
        number: 7,
        itemId: 'i-helger',
        title: 'Bemanning under påskhelgen på Tallbackens boende',
        kind: 'dialog',
        estimatedMinutes: 25,
        proposedBy: ssr,
      },
      {
        number: 8,
        itemId: 'i-sakerhet',
        title: 'Säkerhetsåtgärder efter hot mot enheten Utredning',
        kind: 'information',
        presenter: 'Petra Hellberg',
        estimatedMinutes: 10,
        proposedBy: employer,
        confidential: {},
      },
      { number: 9, title: 'Övriga frågor', kind: 'övrig fråga', estimatedMinutes: 10 },
    ],
    totalMinutes: 101,
    updatedAt: '2019-03-11T08:00:00Z',
    omittedItems: 0,
  };
}

/** The same meeting, called off. */
export function cancelledKallelseFixture(): KallelseDocument {
  return {
    ...kallelseFixture(),
    sequence: 3,
    status: 'inställt',
    cancellation: {
      reason: 'Ordförande och två fackliga företrädare är på länsövningen för krisberedskap.',
      at: '2019-03-18T13:15:00Z',
    },
  };
}

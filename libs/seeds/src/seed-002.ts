/**
 * Seed 002: the FSG/VSG of Socialförvaltningen on 25 February 2019, "Bilaga till protokoll 2/2019",
 * as data. The one source of the meeting for the demo (`npm run demo`), the domain's scenario spec,
 * the API test and the document tests: each replays or checks this instead of restating it.
 */
import {
  SEED_002_JOINED_ON,
  SEED_002_MEMBERS,
  SEED_002_PEOPLE,
  UNION_ORGANISATIONS,
} from './seed-002-people.js';
import {
  SEED_002_AGENDA,
  SEED_002_DEFERRAL,
  SEED_002_FOLLOW_UPS,
  SEED_002_RECORDS,
} from './seed-002-texts.js';

const PLACE = 'Stora sammanträdesrummet, Socialförvaltningen';

/** A meeting of the group from 08:30 to 11:00 (CET) on `date`, as the API schedules it. */
const meetingOn = (date: string, dnr: string) => ({
  date,
  schedule: {
    startsAt: `${date}T08:30:00+01:00`,
    endsAt: `${date}T11:00:00+01:00`,
    place: PLACE,
    dnr,
  },
});

export const SEED_002 = {
  organisation: 'Exempelstads kommun',
  unit: { unitId: 'u-soc', name: 'Socialförvaltningen' },
  unionOrganisations: UNION_ORGANISATIONS,
  group: {
    name: 'FSG/VSG Socialförvaltningen',
    levels: ['FSG', 'VSG'] as ('FSG' | 'VSG')[],
    unitId: 'u-soc',
    actsAsSkyddskommitte: true,
  },
  people: SEED_002_PEOPLE,
  members: SEED_002_MEMBERS,
  joinedOn: SEED_002_JOINED_ON,
  /** 1/2019 (only scheduled, so the seed meeting is 2/2019), the seed meeting, and 3/2019 after it. */
  meetings: {
    previous: { protocolNumber: '1/2019', ...meetingOn('2019-01-28', 'DNR:01/2019') },
    seed: { protocolNumber: '2/2019', ...meetingOn('2019-02-25', 'DNR:02/2019') },
    next: { protocolNumber: '3/2019', ...meetingOn('2019-03-25', 'DNR:03/2019') },
  },
  agenda: SEED_002_AGENDA,
  records: SEED_002_RECORDS,
  deferral: SEED_002_DEFERRAL,
  followUps: SEED_002_FOLLOW_UPS,
};

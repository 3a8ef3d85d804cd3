import { foldEvents } from '#libs/ddd';
import { defaultProtocolForm } from '#domain/shared-kernel';
import { deciderSpecification } from '#libs/testing';
import type { AgendaItem } from './agenda-item.js';
import type { MeetingEvent } from './events.js';
import { meetingDecider } from './meeting.decider.js';
import {
  at,
  attendanceRecorded,
  command,
  item,
  justerareAppointed,
  later,
  meetingId,
  running,
  scheduled,
} from './meeting.fixtures.js';

const spec = deciderSpecification(meetingDecider);
const csg = defaultProtocolForm(['CSG']);
const budget = { ...item('i-budget', 'Budget 2020', 'information'), sectionId: 'samverkan-fore-beslut' };
const org = item('i-org', 'Ny organisation för stödfunktionerna', 'dialog');
const hr: AgendaItem = { ...item('i-org-hr', 'HR-enheten', 'dialog'), parentItemId: 'i-org' };
const ekonomi: AgendaItem = { ...item('i-org-ekonomi', 'Ekonomienheten', 'dialog'), parentItemId: 'i-org' };
const setAgenda = (items: AgendaItem[]) => command('SetAgenda', { items, form: csg }, at);
const agendaSet = (items: AgendaItem[], version = 1, when = at): MeetingEvent => ({
  type: 'AgendaSet',
  data: { meetingId, version, items, at: when },
});
const dialog = (itemId: string): MeetingEvent => ({
  type: 'DialogRecorded',
  data: { meetingId, itemId, text: 'Parterna för dialog.', views: [], at },
});
const information = (itemId: string): MeetingEvent => ({
  type: 'InformationRecorded',
  data: { meetingId, itemId, text: 'Förvaltningen informerar.', comments: [], at },
});

describe('meeting: an agenda in the group’s protocol form', () => {
  it('items may name a section of the form and stand as sub-items under another item', () => {
    spec
      .given([scheduled])
      .when(setAgenda([budget, org, hr, ekonomi]))
      .then([agendaSet([budget, org, hr, ekonomi])]);
  });

  it('a section the form does not have is refused with MEETING.UNKNOWN_SECTION', () => {
    spec
      .given([scheduled])
      .when(setAgenda([{ ...budget, sectionId: 'arbetsmiljo' }]))
      .thenThrows('MEETING.UNKNOWN_SECTION');
  });

  it('a parent that is not on the agenda is refused with MEETING.UNKNOWN_PARENT_ITEM', () => {
    spec
      .given([scheduled])
      .when(setAgenda([hr]))
      .thenThrows('MEETING.UNKNOWN_PARENT_ITEM');
  });

  it('a sub-item of a sub-item, or one in another section than its parent, is refused with MEETING.INVALID_SUB_ITEM', () => {
    const nested: AgendaItem = { ...item('i-nested', 'Lönekontoret', 'dialog'), parentItemId: 'i-org-hr' };
    spec
      .given([scheduled])
      .when(setAgenda([org, hr, nested]))
      .thenThrows('MEETING.INVALID_SUB_ITEM');
    const elsewhere = { ...hr, sectionId: 'information' };
    spec
      .given([scheduled])
      .when(setAgenda([org, elsewhere]))
      .thenThrows('MEETING.INVALID_SUB_ITEM');
  });
});

describe('meeting: closing in the group’s protocol form', () => {
  const prepared = [scheduled, agendaSet([budget, org, hr, ekonomi]), attendanceRecorded, justerareAppointed];
  const handled = [...prepared, information('i-budget'), dialog('i-org-hr'), dialog('i-org-ekonomi')];

  it('numbers the §§ by the form, letters the sub-items and records the form', () => {
    spec
      .given(handled)
      .when(command('CloseMeeting', { form: csg }))
      .then([
        {
          type: 'MeetingClosed',
          data: {
            meetingId,
            paragraphs: [
              { itemId: 'i-budget', paragraph: 5 },
              { itemId: 'i-org', paragraph: 6 },
              { itemId: 'i-org-hr', paragraph: 6, subItem: 'a' },
              { itemId: 'i-org-ekonomi', paragraph: 6, subItem: 'b' },
            ],
            revision: 1,
            form: csg,
            at: later,
          },
        },
      ]);
  });

  it('an item with sub-items is the § they stand under: it need not be handled itself', () => {
    const state = foldEvents(meetingDecider, handled);
    const [closed] = meetingDecider.decide(command('CloseMeeting', { form: csg }), state);
    const after = meetingDecider.evolve(state, closed!);
    expect(after).toMatchObject({
      status: 'closed',
      protocolForm: csg,
      paragraphs: { 'i-org': 6, 'i-org-hr': 6 },
      subItems: { 'i-org-hr': 'a', 'i-org-ekonomi': 'b' },
    });
  });

  it('a sub-item left open still stops the close with MEETING.OPEN_ITEMS', () => {
    spec
      .given([...prepared, information('i-budget'), dialog('i-org-hr')])
      .when(command('CloseMeeting', { form: csg }))
      .thenThrows('MEETING.OPEN_ITEMS');
  });

  it('a meeting closed before groups had a form folds as before: no form, no letters', () => {
    const old: MeetingEvent = {
      type: 'MeetingClosed',
      data: { meetingId, paragraphs: [{ itemId: 'i-budget', paragraph: 4 }], revision: 1, at: later },
    };
    const state = foldEvents(meetingDecider, [...running, old]);
    expect(state.protocolForm).toBeUndefined();
    expect(state.subItems).toBeUndefined();
    expect(state.paragraphs).toEqual({ 'i-budget': 4 });
  });
});

describe('meeting: the agenda as announced, for the dagordning §', () => {
  const kallelse: MeetingEvent = {
    type: 'KallelseIssued',
    data: { meetingId, agendaVersion: 1, recipients: [], at: '2019-02-11T09:00:00Z' },
  };

  it('is the agenda the last kallelse sent', () => {
    const state = foldEvents(meetingDecider, [
      scheduled,
      agendaSet([org], 1, '2019-02-04T09:00:00Z'),
      kallelse,
    ]);
    expect(state.agendaAsAnnounced).toEqual([org]);
  });

  it('without a kallelse, is the agenda as the meeting began, once it is changed there', () => {
    const before = agendaSet([org], 1, '2019-02-04T09:00:00Z');
    const atTheMeeting = { ...agendaSet([org, budget], 2, at), type: 'AgendaAmended' } as MeetingEvent;
    expect(foldEvents(meetingDecider, [scheduled, before]).agendaAsAnnounced).toBeUndefined();
    expect(foldEvents(meetingDecider, [scheduled, before, atTheMeeting]).agendaAsAnnounced).toEqual([org]);
  });

  it('an agenda first set at the meeting changed nothing anyone was told', () => {
    expect(
      foldEvents(meetingDecider, [scheduled, agendaSet([org], 1, at)]).agendaAsAnnounced,
    ).toBeUndefined();
  });
});

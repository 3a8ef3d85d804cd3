import { DomainError } from '#libs/ddd';
import type { GroupView } from '#libs/groups';
import { MEETING_ERROR, type MeetingView } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';
import { fieldOfError } from './form-errors.js';
import { swedishMessageOf } from './run-meeting-errors.js';
import { attendanceOf, itemTextOf, justerareOf, partyOf } from './under-motet-form.js';

const chair = { personId: 'p-chair', name: 'Jenny Gräslund' };
const vision = { personId: 'p-vision', name: 'Mårten Åberg' };
const visionSubstitute = { personId: 'p-sub', name: 'Sara Ek' };
const group = {
  members: [
    { person: chair, party: { side: 'employer' }, role: 'ordförande', joinedOn: '2019-01-01' },
    {
      person: vision,
      party: { side: 'union', organisation: 'Vision' },
      role: 'ledamot',
      joinedOn: '2019-01-01',
    },
    {
      person: visionSubstitute,
      party: { side: 'union', organisation: 'Vision' },
      role: 'ersättare',
      joinedOn: '2019-01-01',
    },
  ],
} as unknown as GroupView;
const meetingWith = (attendance: MeetingView['attendance']) =>
  ({ attendance, unionOrganisations: ['Vision', 'Kommunal'] }) as unknown as MeetingView;

describe('the forms of Under mötet, read into commands', () => {
  it('reads the närvarolista: members present, absent or left out, a substitute, and adjungerade by name', () => {
    const entries = attendanceOf(
      {
        'narvaro:p-chair': 'present',
        'narvaro:p-vision': 'absent',
        'narvaro:p-sub': 'present',
        'ersatter:p-sub': 'p-vision',
        'adj-namn-0': ' Åsa Öberg ',
        'adj-part-0': 'employer',
        'adj-namn-1': '',
      },
      group,
      meetingWith([]),
    );
    expect(entries).toEqual([
      { person: chair, party: { side: 'employer' }, role: 'ordförande', presence: 'present' },
      {
        person: vision,
        party: { side: 'union', organisation: 'Vision' },
        role: 'ledamot',
        presence: 'absent',
      },
      {
        person: visionSubstitute,
        party: { side: 'union', organisation: 'Vision' },
        role: 'ersättare',
        presence: 'present',
        replaces: 'p-vision',
      },
      {
        person: { personId: 'adjungerad:asa-oberg', name: 'Åsa Öberg' },
        party: { side: 'employer' },
        role: 'adjungerad',
        presence: 'present',
      },
    ]);
  });

  it('keeps an adjungerad’s id when the list is saved again', () => {
    const recorded = meetingWith([
      { person: { personId: 'adj-1', name: 'Åsa Öberg' }, role: 'adjungerad', presence: 'present' },
    ]);
    const entries = attendanceOf({ 'adj-id-0': 'adj-1', 'adj-namn-0': 'Åsa Öberg' }, group, recorded);
    expect(entries.map(({ person }) => person.personId)).toEqual(['adj-1']);
  });

  it('reads one justerare per party present, and none where the select is left empty', () => {
    const meeting = meetingWith([
      { person: chair, party: { side: 'employer' }, role: 'ordförande', presence: 'present' },
      {
        person: vision,
        party: { side: 'union', organisation: 'Vision' },
        role: 'ledamot',
        presence: 'present',
      },
    ]);
    expect(justerareOf({ 'justerare:employer': 'p-chair', 'justerare:union:Vision': '' }, meeting)).toEqual([
      { person: chair, party: { side: 'employer' } },
    ]);
  });

  it('records an item as its kind says; the kinds without a record of their own choose one', () => {
    expect(itemTextOf({ recordAs: 'decision', text: 'x' }, 'information').recordAs).toBe('information');
    expect(itemTextOf({ recordAs: 'dialog', text: 'x' }, 'övrig fråga').recordAs).toBe('dialog');
    expect(itemTextOf({ text: 'x', disagreeing: ['Vision', 'Kommunal'] }, 'beslut')).toMatchObject({
      recordAs: 'decision',
      disagreeing: ['Vision', 'Kommunal'],
    });
  });

  it('leaves a party it does not know as sent, for the decider to refuse', () => {
    expect(partyOf('union:Vision')).toEqual({ side: 'union', organisation: 'Vision' });
    expect(partyOf('')).toEqual({ side: '' });
  });
});

describe('an error of the one taxonomy, shown next to its field in Swedish', () => {
  it('finds the field from the code or from the domain’s field path', () => {
    const fields = ['action', 'responsible', 'dueDate'];
    const empty = new DomainError('rule', VALIDATION_ERROR.TEXT_REQUIRED, 'x', {
      field: 'responsible.personId',
    });
    expect(fieldOfError(empty, fields)).toBe('responsible');
    expect(swedishMessageOf(empty, 'responsible')).toBe('Välj vem som är ansvarig.');
    const early = new DomainError('rule', MEETING_ERROR.FOLLOW_UP_DUE_BEFORE_MEETING, 'x');
    expect(fieldOfError(early, fields)).toBe('dueDate');
    expect(swedishMessageOf(early, 'dueDate')).toBe('Uppföljningsdatumet kan inte vara före mötesdagen.');
    expect(fieldOfError(new DomainError('rule', MEETING_ERROR.CLOSED, 'x'), fields)).toBeNull();
  });

  it('never shows the English detail: an unknown code gets a general sentence', () => {
    expect(swedishMessageOf(new DomainError('rule', 'SOMETHING.NEW', 'English text'))).toBe(
      'Det gick inte att spara. Kontrollera uppgifterna och försök igen.',
    );
  });
});

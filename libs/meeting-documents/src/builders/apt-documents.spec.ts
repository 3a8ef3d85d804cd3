import type { MeetingEvent } from '#libs/meetings';
import { DocumentTemplates, type MeetingDocument } from '#libs/documents';
import { visibleText } from '../../../documents/src/testing/visible-text.js';
import {
  agendaSet,
  closed,
  decisionRecorded,
  dialogRecorded,
  employer,
  informationRecorded,
  justerad,
  justerat,
  later,
  meetingId,
  scheduled,
  stateAfter,
} from './document.fixtures.js';
import { buildMinnesanteckningarDocument } from './minnesanteckningar-document.js';
import { buildProtocolDocument } from './protocol-document.js';

/** An APT of Hemtjänst Norr: the manager for the employer, medarbetare without a party. */
const group = { groupName: 'APT Hemtjänst Norr', groupLevels: 'APT', forvaltning: 'Hemtjänst Norr' };
const chef = { personId: 'p-asa', name: 'Åsa Chef' };
const aptScheduled = (justering: 'off' | 'employer'): MeetingEvent =>
  ({
    type: 'MeetingScheduled',
    data: { ...scheduled.data, rules: { formalParties: false, justering } },
  }) as MeetingEvent;
const attendance: MeetingEvent = {
  type: 'AttendanceRecorded',
  data: {
    meetingId,
    attendees: [
      { person: chef, party: employer, role: 'ordförande', presence: 'present' },
      { person: { personId: 'p-eva', name: 'Eva Ödman' }, role: 'ledamot', presence: 'present' },
      { person: { personId: 'p-goran', name: 'Göran Ärlig' }, role: 'ledamot', presence: 'absent' },
    ],
    at: later,
  },
};
const held = (justering: 'off' | 'employer') => [
  aptScheduled(justering),
  agendaSet,
  attendance,
  informationRecorded,
  dialogRecorded,
  decisionRecorded,
];
const withoutJustering = [...held('off'), closed];
const employerJusterare: MeetingEvent = {
  type: 'JusterareAppointed',
  data: { meetingId, justerare: [{ person: chef, party: employer }], at: later },
};
const justeradByTheEmployer = [
  ...held('employer'),
  employerJusterare,
  closed,
  justerad(chef, employer),
  justerat(),
];
const templates = new DocumentTemplates();
/** What a reader sees of the document, as its HTML page shows it. */
const words = (document: MeetingDocument) => visibleText(templates.render(document));

describe('the documents of an APT', () => {
  it('list everyone together as medarbetare, not by party, the manager with the role', () => {
    const protocol = buildProtocolDocument(stateAfter(withoutJustering), group);
    expect(protocol.attendance).toEqual({
      present: [{ people: [{ name: 'Åsa Chef', role: 'ordförande' }, { name: 'Eva Ödman' }] }],
      absent: [{ people: [{ name: 'Göran Ärlig' }] }],
      adjungerade: [],
    });
    const text = words(protocol);
    expect(text).toContain('Medarbetare');
    expect(text).not.toContain('Arbetsgivaren');
  });

  it('call the meeting an arbetsplatsträff, not a samverkansgrupp, and record no samverkan outcome', () => {
    const state = stateAfter(withoutJustering);
    const protocol = words(buildProtocolDocument(state, group));
    expect(protocol).toContain('PROTOKOLL ARBETSPLATSTRÄFF');
    expect(protocol).toContain('Arbetsplatsträff APT Hemtjänst Norr');
    const notes = words(buildMinnesanteckningarDocument(state, group));
    expect(notes).toContain('Minnesanteckningar från arbetsplatsträff');
    for (const text of [protocol, notes]) {
      expect(text).not.toMatch(/samverkansgrupp/i);
      expect(text).not.toContain('Samverkan fullgjord');
    }
    expect(notes).not.toContain('Bilaga till protokoll');
  });

  it('without justering: no justering block, no justerare row, nobody appointed', () => {
    const protocol = buildProtocolDocument(stateAfter(withoutJustering), group);
    expect(protocol.justering).toBeUndefined();
    const text = words(protocol);
    expect(text).not.toContain('Justerare');
    expect(text).not.toContain('Justering');
    expect(text).not.toContain('Till justerare utses');
    expect(
      buildMinnesanteckningarDocument(stateAfter(withoutJustering), group).justeringSentence,
    ).toBeUndefined();
  });

  it("with the employer's justering: the manager justerar the notes for the employer", () => {
    const state = stateAfter(justeradByTheEmployer);
    expect(buildProtocolDocument(state, group).justering).toMatchObject({
      status: 'justerat',
      entries: [{ name: 'Åsa Chef', party: { side: 'employer' }, state: 'justerat' }],
    });
    expect(buildMinnesanteckningarDocument(state, group).justeringSentence).toBe(
      'Åsa Chef justerar minnesanteckningarna för arbetsgivaren.',
    );
  });
});

import type { MeetingEvent } from '#libs/meetings';
import {
  closedMeeting,
  group,
  justeratMeeting,
  later,
  meetingId,
  people,
  prepared,
  ssr,
  stateAfter,
  vision,
} from './document.fixtures.js';
import { buildProtocolDocument } from './protocol-document.js';

const protocolAfter = (events: readonly MeetingEvent[]) => buildProtocolDocument(stateAfter(events), group);
const paragraphs = (events: readonly MeetingEvent[]) =>
  protocolAfter(events).sections.flatMap((section) => section.paragraphs);

describe('the protocol of a meeting', () => {
  it('is a draft, revision 0 without § numbers on the items, until the meeting is closed', () => {
    const draft = protocolAfter(prepared);
    expect(draft.revision).toEqual({ revision: 0, kind: 'utkast', superseded: false });
    expect(draft.scope).toBeUndefined();
    expect(draft.justering!.status).toBe('utkast');
    expect(paragraphs(prepared).map((p) => p.paragraph)).toEqual([1, 2, 3, undefined, undefined, undefined]);
  });

  it('carries the header: group, protocol number, Dnr, date in Stockholm, place', () => {
    expect(protocolAfter(closedMeeting).header).toEqual({
      meetingId,
      organisationName: 'Exempelstads kommun',
      groupName: 'FSG/VSG Socialförvaltningen',
      groupLevels: 'FSG/VSG',
      forvaltning: 'Socialförvaltningen',
      protocolNumber: '2/2019',
      dnr: 'DNR:02/2019',
      date: '2019-02-25',
      startsAt: '2019-02-25T08:00:00Z',
      endsAt: '2019-02-25T10:00:00Z',
      place: 'Sammanträdesrum Öresund',
    });
  });

  it('numbers the procedural paragraphs §1–§3 and the items from §4, with headings that take no number', () => {
    const protocol = protocolAfter(closedMeeting);
    expect(protocol.scope).toEqual({ first: 1, last: 6 });
    expect(protocol.sections.map((section) => section.heading)).toEqual([
      undefined,
      'Information',
      'Dialog',
      'Beslut',
    ]);
    expect(paragraphs(closedMeeting).map((p) => [p.paragraph, p.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Fastställande av dagordning'],
      [4, 'Nytt inom arbetsmiljö'],
      [5, 'Uppföljning av avslutningssamtalen'],
      [6, 'Webbenkät årlig uppföljning – samverkan'],
    ]);
  });

  it('writes who opened the meeting, the justerare appointed and the outcome of every item', () => {
    expect(paragraphs(closedMeeting).map((p) => p.text ?? p.outcome)).toEqual([
      'Jenny Gräslund öppnar mötet.',
      'Till justerare utses Jenny Gräslund för arbetsgivaren och Cornelia Sjöström för Akademikerförbundet SSR.',
      'Dagordningen fastställs.',
      'Förvaltningen arbetar vidare med APT.',
      'Samtliga parter ser positivt på enkäterna.',
      'Uppföljningsdatum dokumenteras i anteckningarna och i kallelsen.',
    ]);
    expect(
      paragraphs(closedMeeting)
        .slice(3)
        .map((p) => p.outcome),
    ).toEqual(['Informationen noteras.', 'Dialog genomförd.', 'Samverkan fullgjord i enighet.']);
  });

  it('lists present and absent people by side and organisation, and who acts as ordförande', () => {
    const protocol = protocolAfter(closedMeeting);
    expect(protocol.attendance.present).toEqual([
      {
        party: { side: 'employer', name: 'Arbetsgivaren' },
        people: [
          { name: 'Jenny Gräslund', role: 'ledamot', replaces: 'Agneta Östberg' },
          { name: 'Sofia Hägg', role: 'sekreterare' },
        ],
      },
      { party: { side: 'union', name: 'Vision' }, people: [{ name: 'Mårten Åberg', role: 'ledamot' }] },
      {
        party: { side: 'union', name: 'Akademikerförbundet SSR' },
        people: [{ name: 'Cornelia Sjöström', role: 'ledamot' }],
      },
    ]);
    expect(protocol.attendance.absent.map((group) => group.party!.name)).toEqual([
      'Arbetsgivaren',
      'Kommunal',
    ]);
    expect(protocol.ordforande).toEqual(['Jenny Gräslund']);
    expect(protocol.sekreterare).toEqual(['Sofia Hägg']);
  });

  it('names the organisations that disagree when samverkan ends in oenighet', () => {
    const oenighet: MeetingEvent = {
      type: 'DecisionRecorded',
      data: {
        meetingId,
        itemId: 'i-beslut',
        text: 'Arbetsgivaren beslutar enligt förslaget.',
        outcome: 'oenighet',
        disagreeing: ['Vision', 'Kommunal'],
        protokollsanteckningar: [{ party: vision, text: 'Vision anser att förslaget är förhastat.' }],
        at: later,
      },
    };
    const decision = paragraphs([...closedMeeting.slice(0, -1), oenighet]).find(
      (p) => p.itemId === 'i-beslut',
    );
    expect(decision?.outcome).toBe(
      'Samverkan fullgjord i oenighet. Vision och Kommunal är oeniga med arbetsgivaren.',
    );
    expect(decision?.protokollsanteckningar).toEqual([
      { party: { side: 'union', name: 'Vision' }, text: 'Vision anser att förslaget är förhastat.' },
    ]);
  });

  it('carries follow-ups with responsible and date, and a deferred item with its reason', () => {
    const events: MeetingEvent[] = [
      ...closedMeeting.slice(0, -2),
      {
        type: 'FollowUpDateAssigned',
        data: {
          meetingId,
          itemId: 'i-dialog',
          followUpId: 'f-1',
          action: 'Redovisa enkätsvaren',
          responsible: people.secretary,
          dueDate: '2019-03-25',
          at: later,
        },
      },
      {
        type: 'ItemDeferred',
        data: { meetingId, itemId: 'i-beslut', reason: 'Kommunal deltar inte.', at: later },
      },
    ];
    const [, dialog, beslut] = paragraphs(events).slice(3);
    expect(dialog?.followUps).toEqual([
      { action: 'Redovisa enkätsvaren', responsible: 'Sofia Hägg', dueDate: '2019-03-25' },
    ]);
    expect(beslut?.deferral).toEqual({ reason: 'Kommunal deltar inte.' });
    expect(beslut?.outcome).toBeUndefined();
  });

  it('shows each justerare waiting, then the justering with its hash and time once every one approved', () => {
    expect(protocolAfter(closedMeeting).justering).toEqual({
      status: 'väntar på justering',
      entries: [
        { name: 'Jenny Gräslund', party: { side: 'employer', name: 'Arbetsgivaren' }, state: 'väntar' },
        {
          name: 'Cornelia Sjöström',
          party: { side: 'union', name: 'Akademikerförbundet SSR' },
          state: 'väntar',
        },
      ],
    });
    const justering = protocolAfter(justeratMeeting).justering!;
    expect(justering.status).toBe('justerat');
    expect(justering.textHash).toBe('sha256:rev1');
    expect(justering.justeratAt).toBe(later);
    expect(justering.entries.map((entry) => [entry.state, entry.at])).toEqual([
      ['justerat', later],
      ['justerat', later],
    ]);
  });

  it('shows a declined justering with the comment, and a rättelse as a new revision with who and why', () => {
    const declined: MeetingEvent = {
      type: 'JusteringDeclined',
      data: {
        meetingId,
        revision: 1,
        justerare: people.ssrRep,
        party: ssr,
        comment: 'Stavfel i § 5.',
        at: later,
      },
    };
    const afterDecline = protocolAfter([...closedMeeting, declined]).justering!;
    expect(afterDecline.status).toBe('ändring begärd');
    expect(afterDecline.entries[1]).toMatchObject({ state: 'avböjt', comment: 'Stavfel i § 5.' });

    const rattelse: MeetingEvent = {
      type: 'ProtocolCorrected',
      data: {
        meetingId,
        revision: 2,
        correctedBy: people.secretary,
        reason: 'Fel årtal',
        corrections: [{ itemId: 'i-info', record: 'information', text: 'Rättad text om APT.' }],
        at: '2019-03-01T09:00:00Z',
      },
    };
    const corrected = protocolAfter([...justeratMeeting, rattelse]);
    expect(corrected.revision).toEqual({
      revision: 2,
      kind: 'rättelse',
      by: 'Sofia Hägg',
      reason: 'Fel årtal',
      at: '2019-03-01T09:00:00Z',
      superseded: false,
    });
    expect(corrected.justering!.status).toBe('väntar på justering');
    expect(corrected.sections[1]?.paragraphs[0]?.text).toBe('Rättad text om APT.');
  });

  it('marks a confidential item in the members’ version', () => {
    const confidential: MeetingEvent = {
      type: 'ItemMarkedConfidential',
      data: { meetingId, itemId: 'i-dialog', reason: 'Enskilt ärende', at: later },
    };
    const dialog = paragraphs([...prepared, confidential]).find((p) => p.itemId === 'i-dialog');
    expect(dialog?.confidential).toEqual({ reason: 'Enskilt ärende' });
    expect(dialog?.title).toBe('Uppföljning av avslutningssamtalen');
  });

  it('prints the employer as Arbetsgivaren and a union by name', () => {
    expect(protocolAfter(closedMeeting).justerare).toEqual([
      { name: 'Jenny Gräslund', party: { side: 'employer', name: 'Arbetsgivaren' } },
      { name: 'Cornelia Sjöström', party: { side: 'union', name: 'Akademikerförbundet SSR' } },
    ]);
  });
});

describe('the protocol of a skyddskommitté meeting', () => {
  const tagged = closedMeeting.map((event): MeetingEvent =>
    event.type === 'AgendaSet'
      ? {
          ...event,
          data: {
            ...event.data,
            items: event.data.items.map((item) =>
              item.itemId === 'i-info'
                ? { ...item, workEnvironmentTopic: 'foretagshalsovard' as const }
                : item,
            ),
          },
        }
      : event,
  );

  it('given an AML 6:9 item handled with no skyddsombud present, then the protocol carries the remark', () => {
    expect(protocolAfter(tagged).remarks).toEqual([
      'Inget skyddsombud var närvarande när arbetsmiljöfrågor enligt AML 6 kap. 9 § behandlades (§ 4). ' +
        'Minst ett skyddsombud ska delta när gruppen är skyddskommitté.',
    ]);
  });

  it('given no AML 6:9 item, then no remarks at all (as protocols made before the rule)', () => {
    expect(protocolAfter(closedMeeting)).not.toHaveProperty('remarks');
  });
});

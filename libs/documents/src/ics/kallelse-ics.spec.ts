import { jest } from '@jest/globals';
import { renderKallelseIcs } from './kallelse-ics.js';
import { parseInvitation, unfoldedLines } from '../testing/ical-reader.fixtures.js';
import {
  budgetItem,
  calendarDomain,
  deferredItem,
  followUpItem,
  kallelseFixture,
  meetingId,
  unionItem,
} from './kallelse.fixtures.js';

const options = { calendarDomain, url: 'https://samverkan.exempelstad.se/moten/2-2019/kallelse' };
const uid = `${meetingId}@${calendarDomain}`;

describe('renderKallelseIcs: the invitation', () => {
  const ics = renderKallelseIcs(kallelseFixture(), options);
  const { calendar, vevent, event } = parseInvitation(ics);

  it('is one VEVENT sent as a request, from our PRODID', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Samverkan//Kallelse//SV');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('is no invitation while the kallelse is not issued: a tentative PUBLISH', () => {
    const { issued: _issued, ...notIssued } = kallelseFixture();
    const draft = parseInvitation(renderKallelseIcs(notIssued, options));
    expect(draft.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(draft.vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('has the meeting UID and the document sequence', () => {
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(1);
  });

  it('starts and ends at the header instants, written in UTC', () => {
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe(kallelseFixture().header.startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(kallelseFixture().header.endsAt);
    expect(unfoldedLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART:20190325T120000Z', 'DTEND:20190325T140000Z']),
    );
  });

  it('is stamped with updatedAt, not with the time of rendering', () => {
    const stamp = vevent.getFirstPropertyValue('dtstamp') as { toJSDate(): Date };
    const lastModified = vevent.getFirstPropertyValue('last-modified') as { toJSDate(): Date };
    expect(stamp.toJSDate().toISOString()).toBe('2019-03-11T08:58:12.000Z');
    expect(lastModified.toJSDate().toISOString()).toBe('2019-03-11T08:58:12.000Z');
  });

  it('says which group, which meeting, and where', () => {
    expect(event.summary).toBe('Samverkan FSG/VSG – Socialförvaltningen, möte 2/2019');
    expect(event.location).toBe('Stadshuset, sammanträdesrum Älven');
    expect(vevent.getFirstPropertyValue('url')).toBe(options.url);
  });

  it('describes the meeting and every agenda item, returning ones with their origin', () => {
    const description = event.description;
    expect(description).toContain('Kallelse till FSG/VSG Socialförvaltningen, möte 2/2019');
    expect(description).toContain('Tid: den 25 mars 2019 kl. 13.00–15.00');
    expect(description).toContain('Videolänk: https://video.exempelstad.se/mote/fsg-vsg-soc');
    expect(description).toContain('Dnr: DNR:02/2019');
    for (const item of [budgetItem, unionItem, deferredItem, followUpItem]) {
      expect(description).toContain(`${item.number}. ${item.title} (`);
    }
    expect(description).toContain('anmäld av Akademikerförbundet SSR');
    expect(description).toContain('Bordlagd från § 7, 2019-02-25 – Underlaget var inte klart');
    expect(description).toContain('Uppföljning från § 9, 2019-02-25, senast 2019-03-20');
    expect(description).toContain('8. Sekretessbelagd punkt');
    expect(description).toContain('Beräknad tid: 85 min');
    expect(description).toContain(`Kallelsen i sin helhet: ${options.url}`);
  });

  it('renders the same document byte-identical, whenever it is rendered', () => {
    jest.useFakeTimers({ now: new Date('2031-12-24T18:00:00Z') });
    try {
      expect(renderKallelseIcs(structuredClone(kallelseFixture()), options)).toBe(ics);
    } finally {
      jest.useRealTimers();
    }
    expect(ics).not.toContain('2031');
  });

  it('ends every content line with CRLF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('renderKallelseIcs: updates and cancellation', () => {
  const original = parseInvitation(renderKallelseIcs(kallelseFixture(), options));

  it('an update keeps the UID and raises SEQUENCE', () => {
    const moved = kallelseFixture({
      sequence: 3,
      updatedAt: '2019-03-18T10:00:00.000Z',
      header: {
        ...kallelseFixture().header,
        startsAt: '2019-03-26T07:30:00.000Z',
        endsAt: '2019-03-26T09:30:00.000Z',
        date: '2019-03-26',
      },
    });
    const { event } = parseInvitation(renderKallelseIcs(moved, options));
    expect(event.uid).toBe(original.event.uid);
    expect(event.sequence).toBe(3);
    expect(event.sequence).toBeGreaterThan(original.event.sequence);
    expect(event.startDate.toJSDate().toISOString()).toBe('2019-03-26T07:30:00.000Z');
    expect(event.description).toContain('Tid: den 26 mars 2019 kl. 08.30–10.30');
  });

  it('a cancelled meeting is a CANCEL of the same event', () => {
    const cancelled = kallelseFixture({
      sequence: 4,
      status: 'inställt',
      cancellation: { reason: 'Ordföranden är sjuk; nytt datum meddelas.', at: '2019-03-20T07:00:00.000Z' },
      updatedAt: '2019-03-20T07:00:00.000Z',
    });
    const { calendar, vevent, event } = parseInvitation(renderKallelseIcs(cancelled, options));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(original.event.uid);
    expect(event.sequence).toBe(4);
    expect(
      event.description.startsWith('Mötet är inställt: Ordföranden är sjuk; nytt datum meddelas.\n'),
    ).toBe(true);
  });
});

describe('renderKallelseIcs: user text stays text', () => {
  const hostile = 'Sal 3, plan 2; "Stora"\\rummet\n<script>alert("å")</script> {{constructor}} ${x}';

  it('escapes , ; \\ and line breaks per RFC 5545 and parses back unchanged', () => {
    const kallelse = kallelseFixture({ header: { ...kallelseFixture().header, place: hostile } });
    const ics = renderKallelseIcs(kallelse, options);
    expect(unfoldedLines(ics)).toContain(
      'LOCATION:Sal 3\\, plan 2\\; "Stora"\\\\rummet\\n<script>alert("å")</script> {{constructor}} ${x}',
    );
    expect(parseInvitation(ics).event.location).toBe(hostile);
  });

  it('keeps an agenda title literal, on its own line', () => {
    const title = 'Löner, OB; "tillägg" \\ <script>x</script> {{#each}}\n9. Sekretessbelagd punkt';
    const kallelse = kallelseFixture({ items: [{ ...budgetItem, title }] });
    const { event } = parseInvitation(renderKallelseIcs(kallelse, options));
    expect(event.description).toContain(
      '4. Löner, OB; "tillägg" \\ <script>x</script> {{#each}} 9. Sekretessbelagd punkt (information',
    );
    expect(event.description.split('\n').filter((line) => line.startsWith('9.'))).toEqual([]);
  });

  it('drops control characters that TEXT cannot carry', () => {
    const kallelse = kallelseFixture({
      header: { ...kallelseFixture().header, place: 'Rum\u0007 Älven\u001b\tB' },
    });
    const { event } = parseInvitation(renderKallelseIcs(kallelse, options));
    expect(event.location).toBe('Rum Älven\tB');
  });

  it('folds long Swedish lines at 75 octets without splitting a character', () => {
    const longText = 'Översyn av arbetsmiljön på äldreboendena i Åby, Älvsjö och Örby; '.repeat(12).trim();
    const kallelse = kallelseFixture({
      header: { ...kallelseFixture().header, place: longText },
      items: [{ ...budgetItem, title: longText }],
    });
    const ics = renderKallelseIcs(kallelse, options);
    const lines = Buffer.from(ics, 'utf8').toString('latin1').split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const bytes = Buffer.from(line, 'latin1');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A line cut inside a multi-byte character is not valid UTF-8 on its own.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    }
    const { event } = parseInvitation(ics);
    expect(event.location).toBe(longText);
    expect(event.description).toContain(`4. ${longText} (information`);
  });
});

describe('renderKallelseIcs: options and odd inputs', () => {
  it('uses the video link as LOCATION when there is no room', () => {
    const kallelse = kallelseFixture({ header: { ...kallelseFixture().header, place: undefined } });
    const { event } = parseInvitation(renderKallelseIcs(kallelse, options));
    expect(event.location).toBe('https://video.exempelstad.se/mote/fsg-vsg-soc');
  });

  it('writes a URL with , and ; so that it reads back without backslashes', () => {
    const url = 'https://samverkan.exempelstad.se/kallelse?m=2,2019;v=3';
    const { vevent } = parseInvitation(renderKallelseIcs(kallelseFixture(), { calendarDomain, url }));
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://samverkan.exempelstad.se/kallelse?m=2%2C2019%3Bv=3',
    );
  });

  it('leaves URL out when none is given', () => {
    const { vevent } = parseInvitation(renderKallelseIcs(kallelseFixture(), { calendarDomain }));
    expect(vevent.getFirstProperty('url')).toBeNull();
  });

  it('writes the organizer when given', () => {
    const organizer = { name: 'Agneta "Ordf" Östberg', email: 'agneta.ostberg@exempelstad.se' };
    const { vevent } = parseInvitation(renderKallelseIcs(kallelseFixture(), { calendarDomain, organizer }));
    const property = vevent.getFirstProperty('organizer');
    expect(property?.getFirstValue()).toBe('mailto:agneta.ostberg@exempelstad.se');
    expect(property?.getParameter('cn')).toBe('Agneta Ordf Östberg');
  });

  it('writes one ATTENDEE per invited person, asked to answer', () => {
    const attendees = [
      { name: 'Cornelia Sjöström', email: 'cornelia@exempelstad.se' },
      { name: 'Sofia Hägg', email: 'sofia@exempelstad.se' },
    ];
    const { vevent } = parseInvitation(renderKallelseIcs(kallelseFixture(), { calendarDomain, attendees }));
    const written = vevent.getAllProperties('attendee').map((property) => ({
      address: String(property.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
      cn: property.getParameter('cn'),
      rsvp: property.getParameter('rsvp'),
      partstat: property.getParameter('partstat'),
      role: property.getParameter('role'),
    }));
    expect(written).toEqual([
      {
        address: 'mailto:cornelia@exempelstad.se',
        cn: 'Cornelia Sjöström',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
      {
        address: 'mailto:sofia@exempelstad.se',
        cn: 'Sofia Hägg',
        rsvp: 'TRUE',
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      },
    ]);
  });

  it('builds a UID from any meeting id, and the same one every time', () => {
    const header = { ...kallelseFixture().header, meetingId: 'möte 2;2019,x\\y' };
    const render = () => parseInvitation(renderKallelseIcs(kallelseFixture({ header }), options)).event.uid;
    expect(render()).toBe('m%C3%B6te%202%3B2019%2Cx%5Cy@samverkan.exempelstad.se');
    expect(render()).toBe(render());
  });

  it('refuses a calendar domain that is not a host name', () => {
    expect(() => renderKallelseIcs(kallelseFixture(), { calendarDomain: 'exempel stad;se' })).toThrow(
      /calendarDomain/,
    );
  });

  it('refuses an instant that is not one', () => {
    const header = { ...kallelseFixture().header, startsAt: '2019-02-30T25:00:00Z' };
    expect(() => renderKallelseIcs(kallelseFixture({ header }), options)).toThrow(/startsAt/);
  });
});

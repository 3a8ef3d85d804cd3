/**
 * Test support, named .fixtures.ts so the build leaves it out: reads an .ics back with ical.js, a real
 * RFC 5545 parser, not with our own code.
 */
import ICAL from 'ical.js';

export interface ParsedInvitation {
  calendar: InstanceType<typeof ICAL.Component>;
  vevent: InstanceType<typeof ICAL.Component>;
  event: InstanceType<typeof ICAL.Event>;
}

export function parseInvitation(ics: string): ParsedInvitation {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== 1) throw new Error(`expected one VEVENT, got ${vevents.length}`);
  return { calendar, vevent: vevents[0], event: new ICAL.Event(vevents[0]) };
}

/** The unfolded content lines as written, for asserting on the escaped form itself. */
export function unfoldedLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

import { create } from 'xmlbuilder2';
import type { Audience } from '#libs/documents';
import { XML_OPTIONS } from './package-files.js';

export const MEETING_NS = 'urn:x-samverkan:arkivpaket:mote:1';

/** A party as the package names it: "Arbetsgivaren" or the union organisation. */
export interface DescribedParty {
  side: 'employer' | 'union';
  name: string;
}

/** What metadata/descriptive/meeting.xml says of the meeting (see docs/archive-package.md). */
export interface MeetingDescription {
  meetingId: string;
  organisation?: string;
  forvaltning?: string;
  group: { groupId: string; name: string; levels: string };
  protocolNumber: string;
  dnr?: string;
  /** The meeting's date in Europe/Stockholm, ÅÅÅÅ-MM-DD. */
  date: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  videoLink?: string;
  /** The justerat (or, without justering, published) revision the package holds. */
  revision: number;
  /** How many events of the meeting's log the package was made from. */
  streamVersion: number;
  audience: Audience;
  justeringSetting: string;
  attendance: {
    name: string;
    personId?: string;
    title?: string;
    role: string;
    presence: string;
    party?: DescribedParty;
    /** The name of the member this one stands in for. */
    replaces?: string;
  }[];
  justerare: { name: string; personId: string; party: DescribedParty; federation?: string }[];
  /** Every approval given, of every revision, in order. */
  approvals: {
    name: string;
    personId: string;
    party: DescribedParty;
    revision: number;
    textHash: string;
    at: string;
  }[];
  /** Every revision that every justerare approved, with the hash of the text approved. */
  justeringar: { revision: number; textHash: string; at: string }[];
  /** The items marked confidential; `withheld` when this package leaves their content out. */
  confidential: { itemId: string; paragraph?: number; subItem?: string; withheld: boolean }[];
}

const optional = <T>(value: T | undefined, put: (value: T) => void) => {
  if (value !== undefined) put(value);
};

const partyAttributes = (party: DescribedParty) => ({
  part: party.name,
  sida: party.side === 'employer' ? 'arbetsgivare' : 'arbetstagarorganisation',
});

/**
 * The descriptive metadata of the package, in Swedish element names in a namespace of its own.
 * Every text is set as XML text or an attribute value by xmlbuilder2, which escapes it: a group
 * named `<&>"` stays a name. Confidential items are named by § and id only, with whether their
 * content is left out of this package, never with their title or text.
 */
export function buildMeetingXml(meeting: MeetingDescription): string {
  const root = create(XML_OPTIONS).ele(MEETING_NS, 'mote', { moteId: meeting.meetingId });
  optional(meeting.organisation, (name) => root.ele('organisation').txt(name));
  optional(meeting.forvaltning, (name) => root.ele('forvaltning').txt(name));
  root.ele('grupp', { gruppId: meeting.group.groupId, nivaer: meeting.group.levels }).txt(meeting.group.name);
  root.ele('protokollnummer').txt(meeting.protocolNumber);
  optional(meeting.dnr, (dnr) => root.ele('diarienummer').txt(dnr));
  root.ele('datum').txt(meeting.date);
  root.ele('borjar').txt(meeting.startsAt);
  root.ele('slutar').txt(meeting.endsAt);
  optional(meeting.place, (place) => root.ele('plats').txt(place));
  optional(meeting.videoLink, (link) => root.ele('videolank').txt(link));
  root.ele('version', {
    revision: String(meeting.revision),
    handelser: String(meeting.streamVersion),
    version: meeting.audience === 'members' ? 'medlemmar' : 'offentlig',
  });

  const attendance = root.ele('narvaro');
  for (const entry of meeting.attendance) {
    const person = attendance.ele('deltagare', {
      roll: entry.role,
      narvaro: entry.presence,
      ...(entry.personId === undefined ? {} : { personId: entry.personId }),
      ...(entry.party === undefined ? {} : partyAttributes(entry.party)),
      ...(entry.title === undefined ? {} : { titel: entry.title }),
      ...(entry.replaces === undefined ? {} : { ersatter: entry.replaces }),
    });
    person.txt(entry.name);
  }

  const justering = root.ele('justering', { installning: meeting.justeringSetting });
  for (const justerare of meeting.justerare) {
    justering
      .ele('justerare', {
        personId: justerare.personId,
        ...partyAttributes(justerare.party),
        ...(justerare.federation === undefined ? {} : { centralorganisation: justerare.federation }),
      })
      .txt(justerare.name);
  }
  for (const approval of meeting.approvals) {
    justering
      .ele('godkannande', {
        personId: approval.personId,
        ...partyAttributes(approval.party),
        revision: String(approval.revision),
        tidpunkt: approval.at,
        hash: approval.textHash,
        hashtyp: 'SHA-256',
      })
      .txt(approval.name);
  }
  for (const { revision, textHash, at } of meeting.justeringar) {
    justering.ele('justerat', {
      revision: String(revision),
      tidpunkt: at,
      hash: textHash,
      hashtyp: 'SHA-256',
    });
  }

  const withheld = meeting.confidential.filter((item) => item.withheld).length;
  const secrecy = root.ele('sekretess', {
    sekretessmarkerade: String(meeting.confidential.length),
    utelamnade: String(withheld),
  });
  if (withheld > 0)
    secrecy
      .ele('anmarkning')
      .txt(
        `${withheld} sekretessmarkerade punkter är utelämnade ur detta paket: innehållet läses bara av gruppens medlemmar.`,
      );
  for (const item of meeting.confidential) {
    secrecy.ele('punkt', {
      punktId: item.itemId,
      ...(item.paragraph === undefined ? {} : { paragraf: String(item.paragraph) }),
      ...(item.subItem === undefined ? {} : { underpunkt: item.subItem }),
      utelamnad: item.withheld ? 'ja' : 'nej',
    });
  }
  return root.end({ prettyPrint: true });
}

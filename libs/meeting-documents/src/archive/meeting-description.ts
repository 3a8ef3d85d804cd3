import type { Audience, ProtocolDocument } from '#libs/documents';
import type { GroupState } from '#libs/groups';
import { isConfidentialItem, type MeetingState } from '#libs/meetings';
import type { Party } from '#libs/shared-kernel';
import type { DescribedParty, MeetingDescription } from './meeting-xml.js';

const describedParty = (party: Party): DescribedParty =>
  party.side === 'employer'
    ? { side: 'employer', name: 'Arbetsgivaren' }
    : { side: 'union', name: party.organisation };

export interface DescriptionSources {
  state: MeetingState;
  group: GroupState;
  /** The protocol of the archived revision, in the package's audience: its header is the meeting's. */
  protocol: ProtocolDocument;
  revision: number;
  streamVersion: number;
  audience: Audience;
  /** The items whose content the package leaves out (hiddenItemsFor). */
  hidden: ReadonlySet<string>;
}

/** meeting.xml's facts, from the folded meeting and the header of its archived protocol. */
export function describeMeeting({
  state,
  group,
  protocol,
  revision,
  streamVersion,
  audience,
  hidden,
}: DescriptionSources): MeetingDescription {
  const { header } = protocol;
  const nameOf = (personId: string | undefined) =>
    state.attendance.find((entry) => entry.person.personId === personId)?.person.name;
  const confidentialIds = state.agenda
    .map(({ itemId }) => itemId)
    .filter((itemId) => isConfidentialItem(state, itemId) || hidden.has(itemId));
  return {
    meetingId: header.meetingId,
    organisation: header.organisationName,
    forvaltning: header.forvaltning,
    group: { groupId: group.groupId ?? '', name: header.groupName, levels: header.groupLevels },
    protocolNumber: header.protocolNumber,
    dnr: header.dnr,
    date: header.date,
    startsAt: header.startsAt,
    endsAt: header.endsAt,
    place: header.place,
    videoLink: header.videoLink,
    revision,
    streamVersion,
    audience,
    justeringSetting: state.rules.justering,
    attendance: state.attendance.map((entry) => ({
      name: entry.person.name,
      personId: entry.person.personId,
      title: entry.title,
      role: entry.role,
      presence: entry.presence,
      party: entry.party && describedParty(entry.party),
      replaces: entry.replaces === undefined ? undefined : (nameOf(entry.replaces) ?? entry.replaces),
    })),
    justerare: state.justerare.map(({ person, party, federation }) => ({
      name: person.name,
      personId: person.personId,
      party: describedParty(party),
      federation,
    })),
    approvals: state.approvals.map(({ justerare, party, revision: approved, textHash, at }) => ({
      name: justerare.name,
      personId: justerare.personId,
      party: describedParty(party),
      revision: approved,
      textHash,
      at,
    })),
    justeringar: state.justeringar.map(({ revision: justered, textHash, at }) => ({
      revision: justered,
      textHash,
      at,
    })),
    confidential: confidentialIds.map((itemId) => ({
      itemId,
      paragraph: state.paragraphs[itemId],
      subItem: state.subItems?.[itemId],
      withheld: hidden.has(itemId),
    })),
  };
}

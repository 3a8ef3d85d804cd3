import { meetingKindLabel, meetingTimeLabel, WORDS } from '../format/labels.js';
import type { MeetingHeader } from '../model/index.js';
import type { FactsBlock } from './blocks.js';

/**
 * What, when and where: the same facts at the head of every document of a meeting. `numberLabel`
 * names the meeting's number ("Protokoll" in a protocol, "Mötesnummer" in a kallelse).
 */
export function meetingFacts(header: MeetingHeader, numberLabel: string): FactsBlock {
  const rows: FactsBlock['rows'] = [];
  const add = (label: string, value: string | undefined, link?: boolean) => {
    if (value !== undefined && value !== '') rows.push(link ? { label, value, link } : { label, value });
  };
  add(WORDS.organisation, header.organisationName);
  add(meetingKindLabel(header), header.groupName);
  // An APT belongs to its workplace, a unit rather than a whole förvaltning.
  add(header.arbetsplatstraff ? WORDS.unit : WORDS.forvaltning, header.forvaltning);
  add(numberLabel, header.protocolNumber || WORDS.numberAtClosing);
  add(WORDS.dnr, header.dnr);
  add(WORDS.time, meetingTimeLabel(header));
  add(WORDS.place, header.place);
  add(WORDS.videoLink, header.videoLink, true);
  return { kind: 'facts', style: 'meeting-header', rows };
}

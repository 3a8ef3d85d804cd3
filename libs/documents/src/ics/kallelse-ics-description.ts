import { meetingTimeLabel, minutesLabel, returningNotes, WITHDRAWN_NOTE, WORDS } from '../format/labels.js';
import type { KallelseDocument, KallelseItem } from '../model/index.js';
import { icsLine, icsText } from './ics-values.js';

/**
 * The event's DESCRIPTION: the kallelse as plain text, for calendars and mail clients that show
 * nothing else. One agenda item per line; user text in an agenda line is kept on that line (see
 * icsLine). The result is still unescaped: ical-generator escapes it as TEXT.
 */
export function kallelseIcsDescription(kallelse: KallelseDocument, kallelseUrl?: string): string {
  const { header } = kallelse;
  const lines: string[] = [];
  if (kallelse.status === 'inställt') {
    const reason = kallelse.cancellation?.reason;
    lines.push(reason ? `Mötet är inställt: ${icsText(reason)}` : 'Mötet är inställt.', '');
  }
  lines.push(
    header.protocolNumber
      ? `Kallelse till ${icsLine(header.groupName)}, möte ${icsLine(header.protocolNumber)}`
      : `Kallelse till ${icsLine(header.groupName)}`,
    `${WORDS.time}: ${meetingTimeLabel(header)}`,
  );
  if (header.place) lines.push(`${WORDS.place}: ${icsLine(header.place)}`);
  if (header.videoLink) lines.push(`${WORDS.videoLink}: ${icsLine(header.videoLink)}`);
  if (header.dnr) lines.push(`${WORDS.dnr}: ${icsLine(header.dnr)}`);

  lines.push('', WORDS.agenda);
  if (kallelse.items.length === 0) lines.push('Dagordningen kommer i en senare kallelse.');
  lines.push(...kallelse.items.map(agendaLine));
  if (kallelse.totalMinutes > 0) lines.push(`Beräknad tid: ${minutesLabel(kallelse.totalMinutes)}`);

  if (kallelseUrl) lines.push('', `Kallelsen i sin helhet: ${kallelseUrl}`);
  return lines.join('\n');
}

/**
 * "4. Budget 2019 (information, 20 min, föredragande Anna Berg)", and for a returning item where
 * it came from. A confidential item keeps only its number, in the members' version too: an .ics
 * ends up in calendars that are synced, shared and shown to delegates, so it is treated as public.
 */
export function agendaLine(item: KallelseItem): string {
  const number = item.subItem === undefined ? `${item.number}.` : `${item.number} ${item.subItem})`;
  if (item.confidential) {
    return `${number} Sekretessbelagd punkt${item.withdrawn ? ` – ${WITHDRAWN_NOTE}` : ''}`;
  }
  const details = [
    icsLine(item.kind),
    item.estimatedMinutes ? minutesLabel(item.estimatedMinutes) : undefined,
    item.presenter ? `föredragande ${icsLine(item.presenter)}` : undefined,
    item.proposedBy?.side === 'union' ? `anmäld av ${icsLine(item.proposedBy.name)}` : undefined,
  ].filter((detail): detail is string => Boolean(detail));
  const returning = returningNotes(item)
    .map((note) => ` – ${icsLine(note)}`)
    .join('');
  return `${number} ${icsLine(item.title)} (${details.join(', ')})${returning}`;
}

import { canonicalJson } from '#libs/ddd';
import type { KallelseDocument, KallelseItem } from '#libs/documents';
import { layOutProtocol, recordsOf } from '#libs/meetings';
import type { AgendaItem, MeetingState, NumberedProcedural } from '#libs/meetings';
import { definedOnly, type IsoInstant } from '#libs/shared-kernel';
import {
  documentForm,
  documentParty,
  type GroupContext,
  itemOrigin,
  meetingHeader,
} from './document-context.js';

/**
 * The kallelse of a meeting as it stands, in the group's protocol form: its opening procedural
 * points, the agenda by section, each item numbered as the § it will get at close (sub-items "5 a"),
 * returning items marked with where they came from, then the closing points.
 * `sequence` and `updatedAt` come from `nextKallelse`, which compares with the previous version.
 */
export function buildKallelseDocument(state: MeetingState, group: GroupContext): KallelseDocument {
  const layout = layOutProtocol(state.agenda, documentForm(state, group));
  const procedural = ({ paragraph, title }: NumberedProcedural): KallelseItem => ({
    number: paragraph,
    title,
    kind: 'stående punkt',
  });
  const items = layout.sections.flatMap((section) =>
    section.items.map(({ itemId, paragraph, subItem }): KallelseItem => {
      const item = state.agenda.find((candidate) => candidate.itemId === itemId) as AgendaItem;
      return definedOnly({
        number: paragraph,
        subItem,
        section: 'formSection' in section ? section.formSection.heading : undefined,
        itemId: item.itemId,
        title: item.title,
        kind: item.kind,
        presenter: item.presenter?.name,
        estimatedMinutes: item.estimatedMinutes,
        proposedBy: item.proposer.side === 'union' ? documentParty(item.proposer) : undefined,
        origin: itemOrigin(item.origin),
        confidential: recordsOf(state, item.itemId).confidential ? {} : undefined,
      });
    }),
  );
  const issued = state.kallelser.at(-1);
  return definedOnly({
    kind: 'kallelse' as const,
    header: meetingHeader(state, group),
    sequence: 0,
    status:
      state.status === 'cancelled'
        ? ('inställt' as const)
        : state.status === 'closed'
          ? ('genomfört' as const)
          : ('planerat' as const),
    cancellation: state.cancellation,
    issued: issued
      ? { agendaVersion: issued.agendaVersion, at: issued.at, recipients: issued.recipients.length }
      : undefined,
    agendaVersion: state.agendaVersion,
    items: [...layout.opening.map(procedural), ...items, ...layout.closing.map(procedural)],
    totalMinutes: items.reduce((sum, item) => sum + (item.estimatedMinutes ?? 0), 0),
    updatedAt: '',
    omittedItems: 0,
  });
}

/**
 * The next version of a kallelse. What an invitee's calendar shows (time, place, status, agenda)
 * decides whether it changed; a change raises the sequence, the iCalendar SEQUENCE, so calendars
 * replace the earlier invitation. Sending the kallelse again changes nothing they show.
 */
export function nextKallelse(
  previous: KallelseDocument | undefined,
  built: KallelseDocument,
  at: IsoInstant,
): KallelseDocument {
  if (!previous) return { ...built, sequence: 0, updatedAt: at };
  const changed = canonicalJson(calendarView(previous)) !== canonicalJson(calendarView(built));
  return changed
    ? { ...built, sequence: previous.sequence + 1, updatedAt: at }
    : { ...built, sequence: previous.sequence, updatedAt: previous.updatedAt };
}

const calendarView = ({ header, status, items, cancellation }: KallelseDocument) => ({
  header,
  status,
  items,
  cancellation,
});

import { sameJson } from '#libs/ddd';
import type { KallelseDocument, KallelseItem, KallelseReschedule } from '#libs/documents';
import { isConfidentialItem, layOutProtocol } from '#libs/meetings';
import type { LiveAgendaItem, MeetingState, NumberedProcedural } from '#libs/meetings';
import { definedOnly, type IsoInstant, stockholmDate } from '#libs/shared-kernel';
import {
  documentForm,
  documentParty,
  type GroupContext,
  itemOrigin,
  meetingHeader,
  presentersLine,
} from './document-context.js';

/**
 * The kallelse of a meeting as it stands, in the group's protocol form: its opening procedural
 * points, the agenda by section, each item numbered as the § it will get at close (sub-items "5 a"),
 * returning items marked with where they came from, then the closing points. A coming meeting's
 * agenda is its live proposal (`live`, from carry-over): returning items as they stand now,
 * withdrawn ones and those added since the kallelse was sent marked so, each confidential where
 * its source was. `sequence` and `updatedAt` come from `nextKallelse`.
 */
export function buildKallelseDocument(
  state: MeetingState,
  group: GroupContext,
  live?: readonly LiveAgendaItem[],
): KallelseDocument {
  const agenda: readonly LiveAgendaItem[] = live ?? state.agenda;
  const layout = layOutProtocol(agenda, documentForm(state, group));
  const procedural = ({ paragraph, title }: NumberedProcedural): KallelseItem => ({
    number: paragraph,
    title,
    kind: 'stående punkt',
  });
  const items = layout.sections.flatMap((section) =>
    section.items.map(({ itemId, paragraph, subItem }): KallelseItem => {
      const item = agenda.find((candidate) => candidate.itemId === itemId) as LiveAgendaItem;
      return definedOnly({
        number: paragraph,
        subItem,
        section: 'formSection' in section ? section.formSection.heading : undefined,
        itemId: item.itemId,
        title: item.title,
        kind: item.kind,
        presenter: presentersLine(item),
        estimatedMinutes: item.estimatedMinutes,
        proposedBy: item.proposer.side === 'union' ? documentParty(item.proposer) : undefined,
        origin: itemOrigin(item.origin),
        confidential: isConfidentialItem(state, item.itemId) || item.confidential ? {} : undefined,
        withdrawn: item.carryOver === 'withdrawn' ? true : undefined,
        addedSinceKallelse: item.sinceKallelse === 'added' ? true : undefined,
        rescheduled: rescheduledOf(item),
        reported: reportedOf(item),
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

function rescheduledOf(item: LiveAgendaItem): KallelseReschedule[] | undefined {
  const moves = item.followUp?.reschedules ?? [];
  if (moves.length === 0) return undefined;
  return moves.map(({ previousDueDate, newDueDate, reason, by }) =>
    definedOnly({ from: previousDueDate, to: newDueDate, reason, by: by?.name }),
  );
}

function reportedOf(item: LiveAgendaItem): KallelseItem['reported'] {
  const reports = item.followUp?.reports ?? [];
  if (reports.length === 0) return undefined;
  return reports.map(({ text, at }) => ({ date: stockholmDate(at), text }));
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
  const changed = !sameJson(calendarView(previous), calendarView(built));
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

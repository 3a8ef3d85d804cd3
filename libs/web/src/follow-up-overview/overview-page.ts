import { swedishDayMonthYear } from '#libs/documents';
import {
  CONFIDENTIAL_TEXT,
  EMPLOYER_ORGANISATION,
  type FollowUpFigures,
  type FollowUpOverviewPage,
  OVERVIEW_SORTS,
  OVERVIEW_STATUS_LABELS,
  OVERVIEW_STATUSES,
  type OverviewOptions,
  type OverviewRow,
  organisationLabel,
  paragraphLabel,
} from '#libs/follow-ups';
import { GROUP_LEVELS } from '#libs/groups';
import { documentsPageHref } from '../documents/document-links.js';
import { monthName, overdueChart } from './overdue-chart.js';
import { type OverviewField, type OverviewForm, overviewQueryString } from './overview-filters.js';

export const OVERVIEW_PATH = '/uppfoljningsoversikt';
const EXPORT_PATH = '/api/follow-ups/overview/export.csv';

const SORT_LABELS: Record<(typeof OVERVIEW_SORTS)[number], string> = {
  due: 'Försenade först, efter datum',
  'due-desc': 'Senaste datum först',
  responsible: 'Ansvarig',
};

const FIELD_LABELS: Record<OverviewField, string> = {
  forvaltningId: 'Förvaltning',
  level: 'Nivå',
  groupId: 'Grupp',
  organisation: 'Organisation',
  responsibleId: 'Ansvarig',
  status: 'Status',
  dueFrom: 'Senast klar, från',
  dueTo: 'Senast klar, till',
  sort: 'Sortering',
};

const option = (value: string, label: string, chosen: string) => ({
  value,
  label,
  selected: value === chosen,
});
const days = (n: number) => `${n.toLocaleString('sv-SE')} ${n === 1 ? 'dag' : 'dagar'}`;

/** The filter form: each field's options (from what the organisation has), value and error. */
export function overviewFormModel(
  form: OverviewForm,
  options: OverviewOptions,
  errors: Partial<Record<OverviewField, string>>,
) {
  const field = (name: OverviewField) => ({ id: name, name, error: errors[name] ?? null });
  const all = (label: string) => ({ value: '', label, selected: false });
  const chosenPerson = form.responsibleId
    ? (options.people.find((person) => person.personId === form.responsibleId) ?? null)
    : null;
  return {
    fields: Object.fromEntries(
      (Object.keys(FIELD_LABELS) as OverviewField[]).map((name) => [name, field(name)]),
    ) as Record<OverviewField, ReturnType<typeof field>>,
    forvaltningar: [
      all('Alla förvaltningar'),
      ...options.forvaltningar.map((row) => option(row.unitId, row.name, form.forvaltningId)),
    ],
    levels: [all('Alla nivåer'), ...GROUP_LEVELS.map((level) => option(level, level, form.level))],
    groups: [
      all('Alla grupper'),
      ...options.groups.map((group) => option(group.groupId, group.name, form.groupId)),
    ],
    organisations: [
      all('Alla organisationer'),
      option(EMPLOYER_ORGANISATION, 'Arbetsgivaren', form.organisation),
      ...options.unionOrganisations.map((name) => option(name, name, form.organisation)),
    ],
    // A large organisation has thousands of people: then no list, and a name in the table filters.
    people: options.morePeople
      ? null
      : [
          all('Alla'),
          ...options.people.map((person) => option(person.personId, person.name, form.responsibleId)),
        ],
    chosenPerson:
      options.morePeople && form.responsibleId ? (chosenPerson?.name ?? form.responsibleId) : null,
    responsibleId: form.responsibleId,
    statuses: OVERVIEW_STATUSES.map((status) =>
      option(
        status === 'all' ? '' : status,
        OVERVIEW_STATUS_LABELS[status],
        form.status === 'all' ? '' : form.status,
      ),
    ),
    sorts: OVERVIEW_SORTS.map((sort) =>
      option(sort === 'due' ? '' : sort, SORT_LABELS[sort], form.sort === 'due' ? '' : form.sort),
    ),
    dueFrom: form.dueFrom,
    dueTo: form.dueTo,
    clearHref: OVERVIEW_PATH,
  };
}

/** A refused filter as the error summary lists it, each item a link to its field. */
export function overviewErrorSummary(
  errors: Partial<Record<OverviewField, string>>,
  cursorError: string | null,
) {
  const items = (Object.entries(errors) as [OverviewField, string][]).map(([field, text]) => ({
    href: `#${field}`,
    text: `${FIELD_LABELS[field]}: ${text}`,
  }));
  if (cursorError) items.push({ href: OVERVIEW_PATH, text: cursorError });
  return items.length === 0 ? null : { heading: 'Översikten kan inte visas', items };
}

function rowState(row: OverviewRow): { text: string; overdue: boolean } {
  if (row.status === 'cancelled') return { text: 'Avbruten', overdue: false };
  if (row.status === 'completed') {
    const late = row.completedOnTime === false;
    return { text: `Klar ${row.completedOn ?? ''}, ${late ? 'för sent' : 'i tid'}`, overdue: false };
  }
  return row.daysOverdue === null
    ? { text: 'Öppen', overdue: false }
    : { text: `Försenad ${days(row.daysOverdue)}`, overdue: true };
}

/** The table of follow-ups, its count, the next page and the CSV link. */
export function overviewListModel(page: FollowUpOverviewPage, form: OverviewForm, onLaterPage: boolean) {
  const shown = page.rows.length;
  return {
    countText:
      page.total === 0
        ? 'Inga uppföljningar matchar filtret'
        : `${page.total.toLocaleString('sv-SE')} ${page.total === 1 ? 'uppföljning' : 'uppföljningar'}` +
          (page.total > shown ? `, ${shown} visas` : ''),
    rows: page.rows.map((row) => {
      const state = rowState(row);
      return {
        action: row.omitted ? null : row.action,
        confidentialText: CONFIDENTIAL_TEXT,
        group: row.group.name,
        levels: row.group.levels.join('/'),
        forvaltning: row.forvaltning?.name ?? '',
        responsible: row.responsible.name,
        responsibleHref: `${OVERVIEW_PATH}${overviewQueryString({ ...form, responsibleId: row.responsible.personId })}`,
        organisation: organisationLabel(row.responsible.organisation),
        origin: [paragraphLabel(row.origin.paragraph), row.origin.meetingDate].filter(Boolean).join(', '),
        originHref: documentsPageHref(row.origin.meetingId),
        dueDate: row.dueDate,
        state: state.text,
        overdue: state.overdue,
        history: row.historyCount,
      };
    }),
    nextHref: page.nextCursor
      ? `${OVERVIEW_PATH}${overviewQueryString(form, { cursor: page.nextCursor })}`
      : null,
    firstHref: onLaterPage ? `${OVERVIEW_PATH}${overviewQueryString(form)}` : null,
    hasPages: page.nextCursor !== null || onLaterPage,
    csvHref: `${EXPORT_PATH}${overviewQueryString(form)}`,
  };
}

/** The figures: the key numbers, the ageing, per förvaltning, per month and the chart. */
export function overviewFiguresModel(figures: FollowUpFigures) {
  const { totals } = figures;
  return {
    todayText: swedishDayMonthYear(figures.today),
    totals: [
      { label: 'Öppna', value: totals.open },
      { label: 'Försenade', value: totals.overdue },
      { label: 'Klara i tid', value: totals.completedOnTime },
      { label: 'Klara för sent', value: totals.completedLate },
      { label: 'Avbrutna', value: totals.cancelled },
    ],
    ageing: [
      { label: '0–30 dagar', value: totals.overdue0to30 },
      { label: '31–90 dagar', value: totals.overdue31to90 },
      { label: 'Mer än 90 dagar', value: totals.overdueOver90 },
    ],
    byForvaltning: figures.byForvaltning.map((row) => ({
      name: row.forvaltning?.name ?? 'Utan förvaltning',
      open: row.open,
      overdue: row.overdue,
      completedOnTime: row.completedOnTime,
      completedLate: row.completedLate,
      cancelled: row.cancelled,
    })),
    byMonth: figures.byMonth.map((row) => ({
      name: monthName(row.month),
      open: row.open,
      overdue: row.overdue,
      completedOnTime: row.completedOnTime,
      completedLate: row.completedLate,
      cancelled: row.cancelled,
    })),
    chart: overdueChart(figures),
  };
}

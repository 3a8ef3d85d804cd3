import { GROUP_LEVELS, type GroupLevel } from '#libs/groups';
import {
  OVERVIEW_SORTS,
  OVERVIEW_STATUSES,
  type OverviewFilter,
  type OverviewPaging,
  type OverviewSort,
  type OverviewStatus,
} from '#libs/follow-ups';
import { isValidIsoDate } from '#libs/shared-kernel';

/** The fields of the overview's filter form (GET: a filtered overview is a link to share). */
export type OverviewField =
  | 'forvaltningId'
  | 'level'
  | 'groupId'
  | 'organisation'
  | 'responsibleId'
  | 'status'
  | 'dueFrom'
  | 'dueTo'
  | 'sort';

/** The form as it was sent, every field as text ('' when left out). */
export type OverviewForm = Record<OverviewField, string> & { cursor: string };

export interface OverviewReading {
  form: OverviewForm;
  filter: OverviewFilter;
  paging: OverviewPaging;
  errors: Partial<Record<OverviewField, string>>;
}

const FIELDS: OverviewField[] = [
  'forvaltningId',
  'level',
  'groupId',
  'organisation',
  'responsibleId',
  'status',
  'dueFrom',
  'dueTo',
  'sort',
];

/** What a field says when its value is not one the form offers or the organisation has. */
export const UNKNOWN_VALUE: Record<OverviewField, string> = {
  forvaltningId: 'Välj en förvaltning i listan.',
  level: 'Välj en nivå i listan.',
  groupId: 'Välj en grupp i listan.',
  organisation: 'Välj arbetsgivaren eller en facklig organisation i listan.',
  responsibleId: 'Personen finns inte bland gruppernas ledamöter eller ansvariga.',
  status: 'Välj en status i listan.',
  dueFrom: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-03-01.',
  dueTo: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-03-31.',
  sort: 'Välj en sortering i listan.',
};

export const DUE_RANGE_REVERSED = 'Det första datumet måste vara samma som eller före det sista.';

const text = (query: Record<string, unknown>, name: string) =>
  typeof query[name] === 'string' ? (query[name] as string).trim() : '';

/**
 * The query string as the overview's filter and paging, checked as the API checks it: a value
 * outside a list, or a date that does not exist, is said next to its field. Whether a förvaltning,
 * group, organisation or person exists is the query's to say (FOLLOW_UP.UNKNOWN_FILTER_VALUE).
 */
export function readOverviewFilters(query: Record<string, unknown>): OverviewReading {
  const form = Object.fromEntries(
    [...FIELDS, 'cursor'].map((name) => [name, text(query, name)]),
  ) as OverviewForm;
  const errors: OverviewReading['errors'] = {};
  const filter: OverviewFilter = {};
  if (form.forvaltningId) filter.forvaltningId = form.forvaltningId;
  if (form.groupId) filter.groupId = form.groupId;
  if (form.organisation) filter.organisation = form.organisation;
  if (form.responsibleId) filter.responsibleId = form.responsibleId;
  if (form.level) {
    if (GROUP_LEVELS.includes(form.level as GroupLevel)) filter.level = form.level as GroupLevel;
    else errors.level = UNKNOWN_VALUE.level;
  }
  if (form.status) {
    if (OVERVIEW_STATUSES.includes(form.status as OverviewStatus))
      filter.status = form.status as OverviewStatus;
    else errors.status = UNKNOWN_VALUE.status;
  }
  for (const field of ['dueFrom', 'dueTo'] as const) {
    if (!form[field]) continue;
    if (isValidIsoDate(form[field])) filter[field] = form[field];
    else errors[field] = UNKNOWN_VALUE[field];
  }
  if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) errors.dueTo = DUE_RANGE_REVERSED;
  const paging: OverviewPaging = {};
  if (form.sort) {
    if (OVERVIEW_SORTS.includes(form.sort as OverviewSort)) paging.sort = form.sort as OverviewSort;
    else errors.sort = UNKNOWN_VALUE.sort;
  }
  if (form.cursor) paging.cursor = form.cursor;
  return { form, filter, paging, errors };
}

/** The form's values as a query string (cursor left out unless given), for links and the CSV. */
export function overviewQueryString(form: OverviewForm, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) if (form[field]) params.set(field, form[field]);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

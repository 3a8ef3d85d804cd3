import { DomainError } from '#libs/ddd';
import { FOLLOW_UP_LIST_STATUSES, type FollowUpFilter, type FollowUpListStatus } from '#libs/follow-ups';
import { requireDate, requireOneOf } from '#libs/shared-kernel';

/** The list's filters as the page's form sends them (GET, so a filtered list is a link to share). */
export interface FollowUpFilterForm {
  status: string;
  /** "ja": only overdue ones (open, past their date). */
  overdue: boolean;
  groupId: string;
  /** "mina": only those I am responsible for. */
  mine: boolean;
  dueOnOrBefore: string;
  meetingId: string;
}

export type FilterField = 'status' | 'dueOnOrBefore';

export interface FilterReading {
  form: FollowUpFilterForm;
  filter: FollowUpFilter;
  errors: Partial<Record<FilterField, string>>;
}

export const STATUS_LABELS: Record<FollowUpListStatus, string> = {
  open: 'Öppna',
  completed: 'Klara',
  cancelled: 'Avbrutna',
  all: 'Alla',
};

const text = (query: Record<string, unknown>, name: string) =>
  typeof query[name] === 'string' ? (query[name] as string).trim() : '';

/**
 * The query string as the filter of ListFollowUpsQuery, the filter GET /api/follow-ups builds
 * (status, overdue, groupId, responsibleId, meetingId, dueOnOrBefore), checked with the shared
 * kernel's validators: a bad value is the same VALIDATION code the API answers, said in Swedish
 * next to its field, and the list is not read.
 */
export function readFollowUpFilters(query: Record<string, unknown>, myAccountId: string): FilterReading {
  const form: FollowUpFilterForm = {
    status: text(query, 'status') || 'open',
    overdue: text(query, 'overdue') === 'ja',
    groupId: text(query, 'groupId'),
    mine: text(query, 'responsible') === 'mina',
    dueOnOrBefore: text(query, 'dueOnOrBefore'),
    meetingId: text(query, 'meetingId'),
  };
  const errors: FilterReading['errors'] = {};
  const check = (field: FilterField, validate: () => void) => {
    try {
      validate();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors[field] = messageFor(field);
    }
  };
  check('status', () => requireOneOf(form.status as FollowUpListStatus, FOLLOW_UP_LIST_STATUSES, 'status'));
  if (form.dueOnOrBefore) check('dueOnOrBefore', () => requireDate(form.dueOnOrBefore, 'dueOnOrBefore'));
  const filter: FollowUpFilter = { status: form.status as FollowUpListStatus };
  if (form.overdue) filter.overdue = true;
  if (form.groupId) filter.groupIds = [form.groupId];
  if (form.mine) filter.responsibleId = myAccountId;
  if (form.dueOnOrBefore) filter.dueOnOrBefore = form.dueOnOrBefore;
  if (form.meetingId) filter.originMeetingId = form.meetingId;
  return { form, filter, errors };
}

function messageFor(field: FilterField): string {
  return field === 'status'
    ? 'Välj en av statusarna i listan.'
    : 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-03-31.';
}

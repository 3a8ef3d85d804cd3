import { DomainError } from '#libs/ddd';

/** What HR's overview, its export and the calendar feeds answer when a request cannot be met. */
export const FOLLOW_UP_OVERVIEW_ERROR = {
  /** A filter names a förvaltning, group, organisation or person the organisation does not have. */
  UNKNOWN_FILTER_VALUE: 'FOLLOW_UP.UNKNOWN_FILTER_VALUE',
  /** dueFrom after dueTo. */
  INVALID_DUE_RANGE: 'FOLLOW_UP.INVALID_DUE_RANGE',
  /** A cursor that this service did not hand out, or one of another sort order. */
  INVALID_CURSOR: 'FOLLOW_UP.INVALID_CURSOR',
  /** More rows than the export's limit (FOLLOW_UP_EXPORT_MAX_ROWS). */
  EXPORT_TOO_LARGE: 'FOLLOW_UP.EXPORT_TOO_LARGE',
  /** No calendar feed with this token, or a revoked one. */
  FEED_NOT_FOUND: 'FOLLOW_UP.FEED_NOT_FOUND',
} as const;

export type OverviewFilterField = 'forvaltningId' | 'groupId' | 'organisation' | 'responsibleId';

const FIELD_NAMES: Record<OverviewFilterField, string> = {
  forvaltningId: 'förvaltning',
  groupId: 'group',
  organisation: 'organisation (employer or a union organisation)',
  responsibleId: 'responsible person',
};

export const followUpOverviewError = {
  unknownFilterValue: (field: OverviewFilterField, value: string) =>
    new DomainError(
      'invalid',
      FOLLOW_UP_OVERVIEW_ERROR.UNKNOWN_FILTER_VALUE,
      `${field}: the organisation has no ${FIELD_NAMES[field]} "${value}"`,
      { field, value },
    ),
  invalidDueRange: (dueFrom: string, dueTo: string) =>
    new DomainError(
      'invalid',
      FOLLOW_UP_OVERVIEW_ERROR.INVALID_DUE_RANGE,
      `dueFrom (${dueFrom}) is after dueTo (${dueTo})`,
      { field: 'dueFrom', dueFrom, dueTo },
    ),
  invalidCursor: (reason: string) =>
    new DomainError(
      'invalid',
      FOLLOW_UP_OVERVIEW_ERROR.INVALID_CURSOR,
      `cursor: ${reason}; start again from the first page (leave cursor out)`,
      { field: 'cursor' },
    ),
  exportTooLarge: (rows: number, limit: number) =>
    new DomainError(
      'invalid',
      FOLLOW_UP_OVERVIEW_ERROR.EXPORT_TOO_LARGE,
      `The export would hold ${rows} rows, more than its limit of ${limit}: narrow the filters ` +
        '(förvaltning, group, status, due dates) and export in parts',
      { rows, limit },
    ),
  feedNotFound: () =>
    new DomainError(
      'not_found',
      FOLLOW_UP_OVERVIEW_ERROR.FEED_NOT_FOUND,
      'No calendar feed has this address, or it has been revoked',
    ),
};

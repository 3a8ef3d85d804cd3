import { EMPLOYER_ORGANISATION, type OverviewStatus } from '../../domain/index.js';
import type { OverviewRow } from '../../projections/follow-up-overview/index.js';

/** The overview's words in Swedish, shared by the page and the CSV so both say the same. */
export const OVERVIEW_STATUS_LABELS: Record<OverviewStatus, string> = {
  all: 'Alla',
  open: 'Öppna',
  overdue: 'Försenade',
  completed: 'Klara',
  cancelled: 'Avbrutna',
};

/** One row's state: försenad, öppen, klar or avbruten. */
export function rowStateLabel(row: Pick<OverviewRow, 'status' | 'daysOverdue'>): string {
  if (row.status === 'completed') return 'Klar';
  if (row.status === 'cancelled') return 'Avbruten';
  return row.daysOverdue === null ? 'Öppen' : 'Försenad';
}

/** `employer` is the employer's side; anything else names a union organisation; null: not known. */
export const organisationLabel = (organisation: string | null): string =>
  organisation === null ? '' : organisation === EMPLOYER_ORGANISATION ? 'Arbetsgivaren' : organisation;

/** "§ 7" once the origin meeting is closed, else nothing. */
export const paragraphLabel = (paragraph: number | null): string =>
  paragraph === null ? '' : `§ ${paragraph}`;

export const CONFIDENTIAL_TEXT = 'Sekretess: visas bara för gruppens ledamöter';

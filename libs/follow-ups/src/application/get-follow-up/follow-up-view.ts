import type { IsoInstant, PersonRef } from '#libs/shared-kernel';
import type {
  FollowUpOpening,
  FollowUpReport,
  FollowUpReschedule,
  FollowUpState,
  OpenedFollowUpStatus,
} from '../../domain/index.js';

/** What the API shows of a follow-up: its own type, so the state can change without the API. */
export interface FollowUpView extends FollowUpOpening {
  followUpId: string;
  /** The stream version; also the ETag. */
  version: number;
  status: OpenedFollowUpStatus;
  /** Every återrapportering, oldest first, with who reported it (when recorded). */
  reports: FollowUpReport[];
  /** Every move of the due date: the old date, the new one, why, by whom and when. */
  reschedules: FollowUpReschedule[];
  /** The completion note or the reason for cancelling. */
  closingReason?: string;
  /** Decided on a confidential item: only the group's active members see its texts. */
  confidential: boolean;
  /** Its texts were left out for this caller (see withoutConfidentialContent). */
  omitted?: true;
  /** When it was completed or cancelled, and by whom (when recorded). */
  closedAt?: IsoInstant;
  closedBy?: PersonRef;
}

/** The view of a follow-up read from an existing stream, which opened it. */
export function followUpView(state: FollowUpState, followUpId: string, version: number): FollowUpView {
  return {
    followUpId,
    version,
    status: state.status === 'not_opened' ? 'open' : state.status,
    groupId: state.groupId as string,
    origin: state.origin as FollowUpOpening['origin'],
    action: state.action as string,
    responsible: state.responsible as FollowUpOpening['responsible'],
    dueDate: state.dueDate as string,
    reports: state.reports,
    reschedules: state.reschedules,
    closingReason: state.closingReason,
    confidential: state.confidential === true,
    closedAt: state.closed?.at,
    closedBy: state.closed?.by,
  };
}

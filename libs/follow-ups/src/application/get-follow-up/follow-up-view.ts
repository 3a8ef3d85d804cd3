import type {
  FollowUpOpening,
  FollowUpReport,
  FollowUpState,
  OpenedFollowUpStatus,
} from '../../domain/index.js';

/** What the API shows of a follow-up: its own type, so the state can change without the API. */
export interface FollowUpView extends FollowUpOpening {
  followUpId: string;
  /** The stream version; also the ETag. */
  version: number;
  status: OpenedFollowUpStatus;
  reports: FollowUpReport[];
  /** The completion note or the reason for cancelling. */
  closingReason?: string;
  /** Decided on a confidential item: only the group's active members see its texts. */
  confidential: boolean;
  /** Its texts were left out for this caller (see withoutConfidentialContent). */
  omitted?: true;
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
    closingReason: state.closingReason,
    confidential: state.confidential === true,
  };
}

import type { IsoInstant } from '#domain/shared-kernel';
import type { FollowUpOpening, FollowUpReportFacts, FollowUpStatus } from './facts.js';

export type FollowUpReport = FollowUpReportFacts & { at: IsoInstant };

/** Before it is opened a follow-up has none of its opening's fields. */
export interface FollowUpState extends Partial<FollowUpOpening> {
  status: FollowUpStatus;
  followUpId?: string;
  reports: FollowUpReport[];
  closingReason?: string;
}

export const initialFollowUpState = (): FollowUpState => ({ status: 'not_opened', reports: [] });

/** An open follow-up with every field set, as the carry-over and reminders read it. */
export type OpenFollowUp = FollowUpState & FollowUpOpening & { status: 'open'; followUpId: string };

export const isOpenFollowUp = (state: FollowUpState): state is OpenFollowUp => state.status === 'open';

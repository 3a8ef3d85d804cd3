import type { IsoDate, IsoInstant, PersonRef } from '#domain/shared-kernel';

/** Where the action was decided: "från § 7, 2019-02-25". */
export interface FollowUpOrigin {
  meetingId: string;
  itemId: string;
  /** The meeting's date in Europe/Stockholm. */
  meetingDate: IsoDate;
  /** Known once the origin meeting is closed and its § numbers are fixed. */
  paragraph?: number;
}

export interface FollowUpReport {
  meetingId: string;
  itemId?: string;
  text: string;
  at: IsoInstant;
}

export type FollowUpStatus = 'not_opened' | 'open' | 'completed' | 'cancelled';

export interface FollowUpState {
  status: FollowUpStatus;
  followUpId?: string;
  groupId?: string;
  origin?: FollowUpOrigin;
  action?: string;
  responsible?: PersonRef;
  dueDate?: IsoDate;
  reports: FollowUpReport[];
  closingReason?: string;
}

export const initialFollowUpState = (): FollowUpState => ({ status: 'not_opened', reports: [] });

/** An open follow-up with every field set, as the carry-over and reminders read it. */
export interface OpenFollowUp extends FollowUpState {
  status: 'open';
  followUpId: string;
  groupId: string;
  origin: FollowUpOrigin;
  action: string;
  responsible: PersonRef;
  dueDate: IsoDate;
}

export const isOpenFollowUp = (state: FollowUpState): state is OpenFollowUp => state.status === 'open';

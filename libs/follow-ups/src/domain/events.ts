import type { IsoDate, IsoInstant, PersonRef } from '#domain/shared-kernel';
import type { FollowUpOrigin } from './state.js';

export type FollowUpEvent =
  | {
      type: 'FollowUpOpened';
      data: {
        followUpId: string;
        groupId: string;
        origin: FollowUpOrigin;
        action: string;
        responsible: PersonRef;
        dueDate: IsoDate;
        at: IsoInstant;
      };
    }
  | {
      type: 'FollowUpReported';
      data: { followUpId: string; meetingId: string; itemId?: string; text: string; at: IsoInstant };
    }
  | { type: 'FollowUpCompleted'; data: { followUpId: string; note?: string; at: IsoInstant } }
  | {
      type: 'FollowUpRescheduled';
      /** previousDueDate lets the reminder projection start a new series for the new date. */
      data: {
        followUpId: string;
        previousDueDate: IsoDate;
        newDueDate: IsoDate;
        reason: string;
        at: IsoInstant;
      };
    }
  | { type: 'FollowUpCancelled'; data: { followUpId: string; reason: string; at: IsoInstant } };

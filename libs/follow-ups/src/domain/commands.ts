import type { IsoDate, IsoInstant, PersonRef } from '#domain/shared-kernel';
import type { FollowUpOrigin } from './state.js';

export type FollowUpCommand =
  | {
      type: 'OpenFollowUp';
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
      type: 'ReportFollowUp';
      /** Återrapportering in a meeting (the item it was reported under, when there is one). */
      data: { followUpId: string; meetingId: string; itemId?: string; text: string; at: IsoInstant };
    }
  | { type: 'CompleteFollowUp'; data: { followUpId: string; note?: string; at: IsoInstant } }
  | {
      type: 'RescheduleFollowUp';
      data: { followUpId: string; newDueDate: IsoDate; reason: string; at: IsoInstant };
    }
  | { type: 'CancelFollowUp'; data: { followUpId: string; reason: string; at: IsoInstant } };

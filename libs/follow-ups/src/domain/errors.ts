import { ruleBroken, streamErrorCodes } from '#libs/ddd';

export const FOLLOW_UP_ERROR = {
  /** Answered by the store's command loop: no such stream, a stale If-Match, a lost race. */
  ...streamErrorCodes('FOLLOW_UP'),
  ALREADY_OPENED: 'FOLLOW_UP.ALREADY_OPENED',
  NOT_OPENED: 'FOLLOW_UP.NOT_OPENED',
  COMPLETED: 'FOLLOW_UP.COMPLETED',
  CANCELLED: 'FOLLOW_UP.CANCELLED',
  SAME_DUE_DATE: 'FOLLOW_UP.SAME_DUE_DATE',
  MEETING_OF_ANOTHER_GROUP: 'FOLLOW_UP.MEETING_OF_ANOTHER_GROUP',
} as const;

export const followUpError = {
  alreadyOpened: (followUpId: string) =>
    ruleBroken(FOLLOW_UP_ERROR.ALREADY_OPENED, 'The follow-up is already opened with other details', {
      followUpId,
    }),
  notOpened: () => ruleBroken(FOLLOW_UP_ERROR.NOT_OPENED, 'The follow-up does not exist'),
  completed: (followUpId?: string) =>
    ruleBroken(FOLLOW_UP_ERROR.COMPLETED, 'The follow-up is completed; nothing more can be recorded', {
      followUpId,
    }),
  cancelled: (followUpId?: string) =>
    ruleBroken(FOLLOW_UP_ERROR.CANCELLED, 'The follow-up is cancelled; nothing more can be recorded', {
      followUpId,
    }),
  sameDueDate: (dueDate: string) =>
    ruleBroken(FOLLOW_UP_ERROR.SAME_DUE_DATE, `The follow-up is already due on ${dueDate}`, { dueDate }),
  /** Checked by the use case, which reads the meeting a report names. */
  meetingOfAnotherGroup: (meetingId: string, groupId: string) =>
    ruleBroken(
      FOLLOW_UP_ERROR.MEETING_OF_ANOTHER_GROUP,
      'A follow-up is reported back in a meeting of its own group',
      { meetingId, groupId },
    ),
};

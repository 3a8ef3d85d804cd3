import { DomainError } from '#libs/ddd';

export const FOLLOW_UP_ERROR = {
  ALREADY_OPENED: 'FOLLOW_UP.ALREADY_OPENED',
  NOT_OPENED: 'FOLLOW_UP.NOT_OPENED',
  COMPLETED: 'FOLLOW_UP.COMPLETED',
  CANCELLED: 'FOLLOW_UP.CANCELLED',
  SAME_DUE_DATE: 'FOLLOW_UP.SAME_DUE_DATE',
} as const;

export const followUpError = {
  alreadyOpened: (followUpId: string) =>
    new DomainError(FOLLOW_UP_ERROR.ALREADY_OPENED, 'The follow-up is already opened with other details', {
      followUpId,
    }),
  notOpened: () => new DomainError(FOLLOW_UP_ERROR.NOT_OPENED, 'The follow-up does not exist'),
  completed: (followUpId?: string) =>
    new DomainError(FOLLOW_UP_ERROR.COMPLETED, 'The follow-up is completed; nothing more can be recorded', {
      followUpId,
    }),
  cancelled: (followUpId?: string) =>
    new DomainError(FOLLOW_UP_ERROR.CANCELLED, 'The follow-up is cancelled; nothing more can be recorded', {
      followUpId,
    }),
  sameDueDate: (dueDate: string) =>
    new DomainError(FOLLOW_UP_ERROR.SAME_DUE_DATE, `The follow-up is already due on ${dueDate}`, { dueDate }),
};

import { CalendarDate, Text } from '#libs/shared-kernel';
import type { FollowUpCompletion, FollowUpRescheduling } from '../../domain/index.js';

export class CompleteFollowUpDto implements FollowUpCompletion {
  @Text(undefined, { optional: true })
  note?: string;
}

export class RescheduleFollowUpDto implements FollowUpRescheduling {
  @CalendarDate({ example: '2019-05-27' })
  newDueDate!: string;

  @Text()
  reason!: string;
}

import { CalendarDate, Text } from '#libs/shared-kernel';

export class CompleteFollowUpDto {
  @Text(undefined, { optional: true })
  note?: string;
}

export class RescheduleFollowUpDto {
  @CalendarDate({ example: '2019-05-27' })
  newDueDate!: string;

  @Text()
  reason!: string;
}

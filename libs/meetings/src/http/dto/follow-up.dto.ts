import { CalendarDate, Id, Text } from './fields.js';

export class ReportFollowUpDto {
  @Id({ description: "The meeting it is reported back in (of the follow-up's group)" })
  meetingId!: string;

  @Id({ optional: true, description: 'The agenda item it was reported under' })
  itemId?: string;

  @Text(undefined, { example: 'Enkäten är utvärderad; svarsfrekvensen var 64 %.' })
  text!: string;
}

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

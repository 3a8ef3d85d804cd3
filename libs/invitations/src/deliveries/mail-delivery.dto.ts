import { ApiProperty } from '@nestjs/swagger';
import type { DeliveryStatus, MailDelivery } from './mail-deliveries.query.js';

export class MailDeliveryDto implements MailDelivery {
  @ApiProperty({
    example: 'invitation',
    description: 'invitation, invitation-update (time or place changed) or invitation-cancel',
  })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Cornelia Sjöström' })
  recipientName!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'cornelia.sjostrom@exempelstad.se',
    description: 'null: the person has no active account with an address, and was sent nothing',
  })
  recipient!: string | null;

  @ApiProperty({
    enum: ['pending', 'sent', 'failed', 'unaddressed'],
    description:
      'pending: waiting for SMTP (tried again with a growing wait while the server is away); sent: the ' +
      'server took it; failed: the server refused it for good (see lastError); unaddressed: no address',
  })
  status!: DeliveryStatus;

  @ApiProperty({ example: 1 })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, example: null })
  lastError!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;
}

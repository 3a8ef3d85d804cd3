import { Id, Instant, NestedList, OneOf, Text, WholeNumber } from '#libs/shared-kernel';
import type { JusteringInput } from '../../application/justera-protocol/justera-protocol.command.js';
import {
  CORRECTABLE_RECORDS,
  type CorrectableRecord,
  type HeldTimes,
  type JusteringDeclineFacts,
  type ProtocolCorrections,
  type TextCorrection,
} from '../../domain/index.js';

export class TextCorrectionDto implements TextCorrection {
  @Id()
  itemId!: string;

  @OneOf(CORRECTABLE_RECORDS)
  record!: CorrectableRecord;

  @Text(undefined, { description: 'The corrected text, replacing the recorded one' })
  text!: string;
}

export class ProtocolChangeDto implements ProtocolCorrections {
  @Text(undefined, { example: 'Justeraren bad om en rättelse av § 6' })
  reason!: string;

  @NestedList(() => TextCorrectionDto, 200)
  corrections!: TextCorrectionDto[];
}

export class JusteraDto implements JusteringInput {
  @WholeNumber(1, 10_000, { description: 'The revision approved: the latest one', example: 1 })
  revision!: number;

  @Text(200, {
    description:
      'The protocol.textHash of the revision the justerare read and approves (required: the approval ' +
      'is bound to that text); refused (MEETING.TEXT_HASH_MISMATCH) if the text has changed since',
    example: 'sha256:…',
  })
  textHash!: string;
}

export class DeclineJusteringDto implements Pick<JusteringDeclineFacts, 'revision' | 'comment'> {
  @WholeNumber(1, 10_000, { example: 1 })
  revision!: number;

  @Text(undefined, { example: 'I § 7 står fel datum för ledarforumet.' })
  comment!: string;
}

/** When the meeting was really held: a protocol written up afterwards says so, not the closing time. */
export class CloseMeetingDto implements HeldTimes {
  @Instant({
    optional: true,
    description: 'When the meeting really started (on its scheduled day); absent: the scheduled start',
    example: '2019-02-25T08:30:00+01:00',
  })
  startedAt?: string;

  @Instant({
    optional: true,
    description: 'When the meeting really ended (after the start, not after now); absent: not recorded',
    example: '2019-02-25T09:52:00+01:00',
  })
  endedAt?: string;
}

import { CalendarDate, Id, Instant, NestedList, OneOf, Text, WholeNumber } from '#libs/shared-kernel';
import type { ProposalAnswerInput } from '../../application/answer-protocol-change/answer-protocol-change.command.js';
import type { ProtocolChangeProposalInput } from '../../application/propose-protocol-change/propose-protocol-change.command.js';
import type { JusteringInput } from '../../application/justera-protocol/justera-protocol.command.js';
import {
  CORRECTABLE_RECORDS,
  type CorrectableRecord,
  type HeldTimes,
  type JusteringDeclineFacts,
  PROPOSAL_ANSWERS,
  type ProposalAnswer,
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

export class RequestJusteringDto {
  @CalendarDate({
    optional: true,
    description:
      'The last day for justering (not before today, at most a year ahead); absent: 7 days from today',
    example: '2019-03-04',
  })
  lastDate?: string;
}

export class ProposeProtocolChangeDto implements ProtocolChangeProposalInput {
  @WholeNumber(1, 10_000, { description: 'The revision read: the latest one', example: 1 })
  revision!: number;

  @Id({ description: 'The item (§) the change concerns' })
  itemId!: string;

  @Text(undefined, { example: 'Beslutet säger inte när uppföljningen sker.' })
  comment!: string;

  @OneOf(CORRECTABLE_RECORDS, {
    optional: true,
    description: 'The record of the § the wording replaces (required with a wording)',
  })
  record?: CorrectableRecord;

  @Text(undefined, { optional: true, description: 'The wording the justerare wants for that record' })
  wording?: string;
}

export class AnswerProtocolChangeDto implements ProposalAnswerInput {
  @Id({ description: 'The proposal answered' })
  proposalId!: string;

  @OneOf(PROPOSAL_ANSWERS, { description: 'accepted makes a new revision; rejected keeps the text' })
  answer!: ProposalAnswer;

  @Text(undefined, { example: 'Stämmer med beslutet.' })
  reason!: string;

  @NestedList(() => TextCorrectionDto, 200, {
    optional: true,
    description: "Accepting: the corrected texts of the proposal's §; absent: the proposal's own wording",
  })
  corrections?: TextCorrectionDto[];
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

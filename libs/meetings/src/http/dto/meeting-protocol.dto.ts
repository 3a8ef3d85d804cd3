import { Id, NestedList, OneOf, Text, WholeNumber } from '#libs/shared-kernel';

export class TextCorrectionDto {
  @Id()
  itemId!: string;

  @OneOf(['information', 'dialog', 'decision'] as const)
  record!: 'information' | 'dialog' | 'decision';

  @Text(undefined, { description: 'The corrected text, replacing the recorded one' })
  text!: string;
}

export class ProtocolChangeDto {
  @Text(undefined, { example: 'Justeraren bad om en rättelse av § 6' })
  reason!: string;

  @NestedList(() => TextCorrectionDto, 200)
  corrections!: TextCorrectionDto[];
}

export class JusteraDto {
  @WholeNumber(1, 10_000, { description: 'The revision approved: the latest one', example: 1 })
  revision!: number;

  @Text(200, {
    optional: true,
    description:
      'The protocol.textHash the justerare read; refused (MEETING.TEXT_HASH_MISMATCH) if the text changed',
  })
  textHash?: string;
}

export class DeclineJusteringDto {
  @WholeNumber(1, 10_000, { example: 1 })
  revision!: number;

  @Text(undefined, { example: 'I § 7 står fel datum för ledarforumet.' })
  comment!: string;
}

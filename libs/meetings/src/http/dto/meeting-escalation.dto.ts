import { ValidateIf } from 'class-validator';
import { Id, OneOf, Text } from '#libs/shared-kernel';
import type { EscalationRequest } from '../../application/escalate-item/escalate-item.command.js';
import { ESCALATION_TARGET_KINDS } from '../../domain/index.js';

/** Where the item goes: the group's parent (named, so a wrong one is refused) or an MBL negotiation. */
export class EscalateItemDto {
  @OneOf(ESCALATION_TARGET_KINDS, {
    description:
      'parent-group: to the group one level up, whose next meeting takes it up; mbl-negotiation: to a ' +
      'negotiation under MBL, which blocks the decision here until it is over',
    example: 'parent-group',
  })
  to!: (typeof ESCALATION_TARGET_KINDS)[number];

  @ValidateIf((dto: EscalateItemDto) => dto.to === 'parent-group')
  @Id({
    conditional: true,
    description: "Required with parent-group: the group's parent group (any other is refused)",
    example: 'g-vsg-hemtjanst',
  })
  groupId?: string;

  @Text(undefined, {
    optional: true,
    description: "The question as the receiving group is to take it up; the item's title when left out",
    example: 'Hur ska bemanningen lösas under sommaren?',
  })
  question?: string;
}

export const toEscalationRequest = ({ to, groupId, question }: EscalateItemDto): EscalationRequest => ({
  to:
    to === 'parent-group'
      ? { kind: 'parent-group', groupId: groupId as string }
      : { kind: 'mbl-negotiation' },
  ...(question === undefined ? {} : { question }),
});

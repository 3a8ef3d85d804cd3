import { Command } from '@nestjs/cqrs';
import type { CommandContext, GroupChanged } from '#libs/shared-kernel';
import type { MembershipFacts } from '../../../domain/group/index.js';

export type MembershipInput = MembershipFacts;

/** A person joins a group for the employer or a union organisation, in a role (ordförande, ledamot …). */
export class JoinGroupCommand extends Command<GroupChanged> {
  constructor(
    readonly context: CommandContext,
    readonly groupId: string,
    readonly membership: MembershipInput,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type {
  IsoDate,
  MemberRole,
  Party,
  PersonRef,
  CommandContext,
  GroupChanged,
} from '#libs/shared-kernel';

export interface MembershipInput {
  /** personId is the person's account id: that is how a member's rights are found. */
  person: PersonRef;
  party: Party;
  role: MemberRole;
  joinedOn: IsoDate;
}

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

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { membershipOf, CommandRunner } from '#libs/groups';
import { knownPresenters } from '../presenters/known-presenters.js';
import { PresenterAccounts } from '../presenters/presenter-accounts.js';
import { newIdFor } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { type AgendaItemProposed, ProposeAgendaItemCommand } from './propose-agenda-item.command.js';

@CommandHandler(ProposeAgendaItemCommand)
export class ProposeAgendaItemHandler implements ICommandHandler<ProposeAgendaItemCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly accounts: PresenterAccounts,
  ) {}

  async execute({ context, meetingId, item }: ProposeAgendaItemCommand): Promise<AgendaItemProposed> {
    const { principal } = context;
    const itemId = item.itemId ?? newIdFor(context, `proposal:${meetingId}`);
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.propose-item',
      build: async ({ at, facts }) => {
        // Never from the body: a representative proposes for the organisation they sit for.
        const { party, person } = membershipOf(principal, facts.group);
        return meetingCommand('ProposeAgendaItem', meetingId, at, {
          // Only those who run the meeting may propose without a party (an APT's manager or
          // secretary): what they put on the agenda is the employer's.
          item: { ...item, itemId, proposer: party ?? { side: 'employer' } },
          proposedBy: person,
          knownPresenters: await knownPresenters(this.accounts, principal.tenantId, [item], facts.group),
        });
      },
    });
    return { meetingId, version, itemId };
  }
}

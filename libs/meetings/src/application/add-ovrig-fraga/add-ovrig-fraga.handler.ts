import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '#libs/groups';
import { knownPresenters } from '../presenters/known-presenters.js';
import { PresenterAccounts } from '../presenters/presenter-accounts.js';
import { newIdFor } from '#libs/shared-kernel';
import { meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { AddOvrigFragaCommand, type OvrigFragaAdded } from './add-ovrig-fraga.command.js';

@CommandHandler(AddOvrigFragaCommand)
export class AddOvrigFragaHandler implements ICommandHandler<AddOvrigFragaCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly accounts: PresenterAccounts,
  ) {}

  async execute({ context, meetingId, item }: AddOvrigFragaCommand): Promise<OvrigFragaAdded> {
    const itemId = item.itemId ?? newIdFor(context, `ovrig-fraga:${meetingId}`);
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      // An övrig fråga is an item proposed at the meeting: a union member may raise one for their
      // own organisation (the policy checks the proposer), the chairs for any party.
      permission: 'meeting.propose-item',
      requestFacts: { party: item.proposer },
      build: async ({ at, facts }) =>
        meetingCommand('AddOvrigFraga', meetingId, at, {
          item: { ...item, itemId },
          knownPresenters: await knownPresenters(
            this.accounts,
            context.principal.tenantId,
            [item],
            facts.group,
          ),
        }),
    });
    return { meetingId, version, itemId };
  }
}

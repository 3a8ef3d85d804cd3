import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newIdFor } from '../../shared/derived-id.js';
import { MeetingCommandRunner } from '../meeting-command-runner.js';
import { AddOvrigFragaCommand, type OvrigFragaAdded } from './add-ovrig-fraga.command.js';

@CommandHandler(AddOvrigFragaCommand)
export class AddOvrigFragaHandler implements ICommandHandler<AddOvrigFragaCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, item }: AddOvrigFragaCommand): Promise<OvrigFragaAdded> {
    const { tenantId } = context.principal;
    const itemId = item.itemId ?? newIdFor(tenantId, context.idempotencyKey, `ovrig-fraga:${meetingId}`);
    const { version } = await this.meetings.run(
      context,
      meetingId,
      (_, at) => ({ type: 'AddOvrigFraga', data: { meetingId, item: { ...item, itemId }, at } }),
      // An övrig fråga is an item proposed at the meeting: a union member may raise one for their
      // own organisation (the policy checks the proposer), the chairs for any party.
      'meeting.propose-item',
      { party: item.proposer },
    );
    return { meetingId, version, itemId };
  }
}

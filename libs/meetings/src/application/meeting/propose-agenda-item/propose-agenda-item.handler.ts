import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { membershipOf } from '../../access/membership-of.js';
import { newIdFor } from '../../shared/derived-id.js';
import { MeetingCommandRunner } from '../meeting-command-runner.js';
import { type AgendaItemProposed, ProposeAgendaItemCommand } from './propose-agenda-item.command.js';

@CommandHandler(ProposeAgendaItemCommand)
export class ProposeAgendaItemHandler implements ICommandHandler<ProposeAgendaItemCommand> {
  constructor(private readonly meetings: MeetingCommandRunner) {}

  async execute({ context, meetingId, item }: ProposeAgendaItemCommand): Promise<AgendaItemProposed> {
    const { principal } = context;
    const itemId =
      item.itemId ?? newIdFor(principal.tenantId, context.idempotencyKey, `proposal:${meetingId}`);
    const { version } = await this.meetings.run(
      context,
      meetingId,
      (_, at, group) => {
        // Never from the body: a representative proposes for the organisation they sit for.
        const { party, person } = membershipOf(principal, group);
        return {
          type: 'ProposeAgendaItem',
          data: { meetingId, item: { ...item, itemId, proposer: party }, proposedBy: person, at },
        };
      },
      'meeting.propose-item',
    );
    return { meetingId, version, itemId };
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, GroupDirectory, groupOf, type GroupState } from '#libs/groups';
import { definedOnly, type MeetingChanged } from '#libs/shared-kernel';
import { type EscalationGroup, meetingCommand } from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { EscalateItemCommand } from './escalate-item.command.js';

/**
 * The meeting decider knows no other stream: the meeting's group (read for the access policy) and
 * its parent are read here, on every attempt, and given to it; it checks that the item goes to
 * that parent and nowhere else.
 */
@CommandHandler(EscalateItemCommand)
export class EscalateItemHandler implements ICommandHandler<EscalateItemCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: GroupDirectory,
  ) {}

  async execute({ context, meetingId, itemId, request }: EscalateItemCommand): Promise<MeetingChanged> {
    const { tenantId } = context.principal;
    const { version } = await this.runner.for(MEETING).run(context, meetingId, {
      permission: 'meeting.run',
      request: { itemId, ...request },
      build: async ({ at, facts, state }) => {
        const group = facts.group;
        const parent = await groupOf(this.directory, tenantId, group?.parentGroupId);
        return meetingCommand(
          'EscalateItem',
          meetingId,
          at,
          definedOnly({
            itemId,
            to: request.to,
            question: request.question,
            group: definedOnly({
              ...escalationGroup(group, state.groupId as string),
              parentGroupId: group?.parentGroupId,
            }),
            parent: parent?.created ? escalationGroup(parent, group?.parentGroupId as string) : undefined,
          }),
        );
      },
    });
    return { meetingId, version };
  }
}

const escalationGroup = (group: GroupState | undefined, groupId: string): EscalationGroup => ({
  groupId: group?.groupId ?? groupId,
  name: group?.name ?? groupId,
  levels: [...(group?.levels ?? [])],
});

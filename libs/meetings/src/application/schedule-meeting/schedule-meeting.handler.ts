import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { followUpDecider } from '#libs/follow-ups';
import {
  groupDecider,
  type GroupState,
  organisationDecider,
  organisationError,
  requirePermission,
  AUTHORIZED_ON_MAIN_STREAM,
  CommandRunner,
} from '#libs/groups';
import {
  type IsoInstant,
  stockholmDate,
  Clock,
  instantNow,
  newIdFor,
  followUpStream,
  groupStream,
  meetingStream,
  organisationStream,
} from '#libs/shared-kernel';
import { proposeCarryOver } from '../../domain/carry-over/index.js';
import {
  type AgendaItem,
  initialMeetingState,
  meetingCommand,
  type MeetingCommandOf,
  meetingDecider,
} from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { carryOverSources, followUpIdsOf } from './carry-over-sources.js';
import {
  type MeetingPlan,
  ScheduleMeetingCommand,
  type ScheduledMeeting,
} from './schedule-meeting.command.js';

/**
 * Scheduling writes MeetingScheduled on the new meeting. It takes no protocol number: the group
 * gives one when the meeting closes (see number-at-closing.ts), so numbers follow the meetings as
 * they are held and a cancelled meeting takes none.
 */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
    private readonly clock: Clock,
  ) {}

  async execute({ context, groupId, plan }: ScheduleMeetingCommand): Promise<ScheduledMeeting> {
    const { principal } = context;
    const tenantId = principal.tenantId;
    const meetingId = newIdFor(context, 'meeting');
    const group = await this.reader.loadExisting(groupStream(tenantId, groupId), groupDecider);
    requirePermission(principal, 'meeting.run', { group: group.state });
    const unionOrganisations = await this.unionOrganisations(tenantId);
    const schedule = (carriedOver: AgendaItem[]) =>
      scheduleCommand(meetingId, groupId, plan, unionOrganisations, carriedOver, instantNow(this.clock));
    // Decided once first: a plan that cannot be scheduled fails before any read.
    meetingDecider.decide(schedule([]), initialMeetingState());

    let carriedOver: AgendaItem[] = [];
    // If-Match is about an existing stream; a new meeting has none to match.
    const { version } = await this.runner
      .for(MEETING)
      .run({ ...context, expectedVersion: undefined }, meetingId, {
        // Authorized on the group, above.
        permission: AUTHORIZED_ON_MAIN_STREAM,
        createsStream: true,
        // The command carries what was read from the group and earlier meetings (carried-over
        // items, union list), which a retry may find changed: the key matches what was asked for.
        request: { type: 'ScheduleMeeting', groupId, plan },
        build: async () => {
          carriedOver = await this.carryOver(tenantId, group.state, meetingId, plan.startsAt);
          return schedule(carriedOver);
        },
      });
    return { meetingId, version, carriedOver };
  }

  private async unionOrganisations(tenantId: string): Promise<string[]> {
    const { state } = await this.reader.load(organisationStream(tenantId), organisationDecider);
    if (!state.created) throw organisationError.notCreated();
    return state.unionOrganisations;
  }

  /**
   * Folds every earlier meeting of the group and every follow-up they assigned. Correct and simple,
   * but it reads O(meetings + follow-ups) streams: a read model of open follow-ups per group and of
   * the group's meetings by date should replace it.
   */
  private async carryOver(tenantId: string, group: GroupState, meetingId: string, startsAt: IsoInstant) {
    const others = Object.keys(group.protocolNumbers).filter((id) => id !== meetingId);
    const meetings = (
      await Promise.all(others.map((id) => this.reader.load(meetingStream(tenantId, id), meetingDecider)))
    )
      .map(({ state }) => state)
      .filter((meeting) => meeting.status !== 'unscheduled');
    const followUps = await Promise.all(
      followUpIdsOf(meetings).map((id) => this.reader.load(followUpStream(tenantId, id), followUpDecider)),
    );
    return proposeCarryOver({
      ...carryOverSources(meetings, startsAt),
      followUps: followUps.map(({ state }) => state),
      meetingDate: stockholmDate(startsAt),
    });
  }
}

function scheduleCommand(
  meetingId: string,
  groupId: string,
  plan: MeetingPlan,
  unionOrganisations: string[],
  carriedOver: AgendaItem[],
  at: IsoInstant,
): MeetingCommandOf<'ScheduleMeeting'> {
  return meetingCommand('ScheduleMeeting', meetingId, at, {
    groupId,
    ...plan,
    unionOrganisations,
    carriedOver,
  });
}

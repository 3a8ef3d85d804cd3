import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamReader } from '#libs/event-store';
import { followUpDecider } from '#libs/follow-ups';
import {
  groupDecider,
  type GroupState,
  meetingRulesOf,
  type MeetingRules,
  organisationDecider,
  organisationError,
  requirePermission,
  GROUP,
  AUTHORIZED_ON_MAIN_STREAM,
  CommandRunner,
} from '#libs/groups';
import {
  formatProtocolNumber,
  type IsoInstant,
  type ProtocolNumber,
  stockholmDate,
  Clock,
  instantNow,
  followOnContext,
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
 * Scheduling writes two streams: the protocol number on the group (AllocateProtocolNumber,
 * idempotent per meeting id), then MeetingScheduled on the new meeting. With an Idempotency-Key
 * the meeting id is derived from it, so a retry after a failure in between finds the same
 * number and the same meeting.
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
    // The meeting keeps the group's rules (parties, justering) as they are now.
    const rules = meetingRulesOf(group.state);
    const schedule = (protocolNumber: ProtocolNumber, carriedOver: AgendaItem[]) =>
      scheduleCommand(
        meetingId,
        groupId,
        plan,
        { unionOrganisations, rules },
        protocolNumber,
        carriedOver,
        instantNow(this.clock),
      );
    // Decided once without a number first: a meeting that cannot be scheduled must not burn one.
    const year = this.validatedYear(schedule, plan.startsAt);

    const numbered = await this.runner.for(GROUP).run(followOnContext(context, 'protocol-number'), groupId, {
      permission: 'meeting.run',
      build: ({ at }) => ({ type: 'AllocateProtocolNumber', data: { groupId, meetingId, year, at } }),
    });
    const protocolNumber = numbered.state.protocolNumbers[meetingId] as ProtocolNumber;
    const carriedOver = await this.carryOver(tenantId, numbered.state, meetingId, plan.startsAt);

    // If-Match is about an existing stream; a new meeting has none to match.
    const { version } = await this.runner
      .for(MEETING)
      .run({ ...context, expectedVersion: undefined }, meetingId, {
        permission: AUTHORIZED_ON_MAIN_STREAM,
        createsStream: true,
        // The command carries what was read from the group and earlier meetings (number, carried-over
        // items, union list), which a retry may find changed: the key matches what was asked for.
        request: { type: 'ScheduleMeeting', groupId, plan },
        build: () => schedule(protocolNumber, carriedOver),
      });
    return {
      meetingId,
      version,
      protocolNumber: { ...protocolNumber, formatted: formatProtocolNumber(protocolNumber) },
      carriedOver,
    };
  }

  private validatedYear(
    schedule: (
      protocolNumber: ProtocolNumber,
      carriedOver: AgendaItem[],
    ) => MeetingCommandOf<'ScheduleMeeting'>,
    startsAt: IsoInstant,
  ): number {
    meetingDecider.decide(schedule({ number: 1, year: 2000 }, []), initialMeetingState());
    // Numbers run per calendar year of the meeting, in Sweden: 23:30 UTC on 31 December is next year.
    return Number(stockholmDate(startsAt).slice(0, 4));
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
  { unionOrganisations, rules }: { unionOrganisations: string[]; rules: MeetingRules },
  protocolNumber: ProtocolNumber,
  carriedOver: AgendaItem[],
  at: IsoInstant,
): MeetingCommandOf<'ScheduleMeeting'> {
  return meetingCommand('ScheduleMeeting', meetingId, at, {
    groupId,
    ...plan,
    protocolNumber,
    unionOrganisations,
    carriedOver,
    rules,
  });
}

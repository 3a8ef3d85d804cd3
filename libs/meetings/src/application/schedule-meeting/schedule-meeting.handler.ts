import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type AlongsideAppend, StreamReader } from '#libs/event-store';
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
  type Federation,
  formatProtocolNumber,
  type IsoInstant,
  type ProtocolNumber,
  stockholmDate,
  Clock,
  instantNow,
  newIdFor,
  groupStream,
  organisationStream,
} from '#libs/shared-kernel';
import { evolveGroupCarryOver, proposalAt } from '../../domain/carry-over/index.js';
import {
  type AgendaItem,
  initialMeetingState,
  meetingCommand,
  type MeetingCommandOf,
  meetingDecider,
} from '../../domain/index.js';
import { MEETING } from '../aggregate.js';
import { findGroupCarryOver } from '../../projections/carry-over/index.js';
import {
  type MeetingPlan,
  ScheduleMeetingCommand,
  type ScheduledMeeting,
} from './schedule-meeting.command.js';

/**
 * Scheduling writes two streams in one transaction: MeetingScheduled on the new meeting and the
 * protocol number it takes on the group (ProtocolNumberAllocated), both or neither, so a failure
 * or a crash never burns a number. The number is decided in each attempt against the group as it
 * is then; another meeting numbered meanwhile makes the append conflict and the attempt repeat.
 */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ context, groupId, plan }: ScheduleMeetingCommand): Promise<ScheduledMeeting> {
    const { principal } = context;
    const tenantId = principal.tenantId;
    const meetingId = newIdFor(context, 'meeting');
    const group = await this.reader.loadExisting(groupStream(tenantId, groupId), groupDecider);
    requirePermission(principal, 'meeting.run', { group: group.state });
    const { unionOrganisations, federations } = await this.unionOrganisations(tenantId);
    // The meeting keeps the group's rules (parties, justering) as they are now.
    const rules = meetingRulesOf(group.state);
    const schedule = (protocolNumber: ProtocolNumber, carriedOver: AgendaItem[]) =>
      scheduleCommand(
        meetingId,
        groupId,
        plan,
        { unionOrganisations, federations, rules },
        protocolNumber,
        carriedOver,
        instantNow(this.clock),
      );
    // Decided once without a number first: a plan that cannot be scheduled fails before any read.
    const year = this.validatedYear(schedule, plan.startsAt);

    // What the attempt under way decided on the group, appended with the meeting (see alongside).
    let numbering: (AlongsideAppend & { state: GroupState }) | undefined;
    let protocolNumber = { number: 0, year };
    // What returns to this meeting, from the carry-over read model (no other stream is folded).
    const carriedOver = await this.carryOver(tenantId, groupId, meetingId, plan);
    // If-Match is about an existing stream; a new meeting has none to match.
    const { version } = await this.runner
      .for(MEETING)
      .run({ ...context, expectedVersion: undefined }, meetingId, {
        // Authorized on the group, whose state this attempt reads for the number.
        permission: AUTHORIZED_ON_MAIN_STREAM,
        createsStream: true,
        // The command carries what was read from the group and earlier meetings (number, carried-over
        // items, union list), which a retry may find changed: the key matches what was asked for.
        request: { type: 'ScheduleMeeting', groupId, plan },
        build: async ({ at }) => {
          const allocation = await this.runner.for(GROUP).decide(context, groupId, {
            build: () => ({ type: 'AllocateProtocolNumber', data: { groupId, meetingId, year, at } }),
          });
          numbering = allocation;
          const numbered = allocation.state;
          requirePermission(principal, 'meeting.run', { group: numbered });
          protocolNumber = numbered.protocolNumbers[meetingId] as ProtocolNumber;
          return schedule(protocolNumber, carriedOver);
        },
        alongside: async () => (numbering === undefined ? [] : [numbering]),
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

  /** The union organisations and their federations, as the meeting keeps them. */
  private async unionOrganisations(
    tenantId: string,
  ): Promise<{ unionOrganisations: string[]; federations: Record<string, Federation> }> {
    const { state } = await this.reader.load(organisationStream(tenantId), organisationDecider);
    if (!state.created) throw organisationError.notCreated();
    return { unionOrganisations: state.unionOrganisations, federations: state.federations ?? {} };
  }

  /**
   * What returns at the new meeting, read from the carry-over read model (one row per group)
   * rather than by folding the group's meetings and follow-ups: the proposal as it stands now,
   * recorded on MeetingScheduled. It is only the first proposal: the meeting's agenda proposal
   * follows the read model from then on (liveAgenda), whatever happens before the meeting.
   */
  private async carryOver(tenantId: string, groupId: string, meetingId: string, plan: MeetingPlan) {
    const known = await findGroupCarryOver(this.dataSource.manager, tenantId, groupId);
    if (known === undefined) return [];
    const scheduled = meetingCommand('ScheduleMeeting', meetingId, instantNow(this.clock), {
      groupId,
      ...plan,
      protocolNumber: { number: 1, year: 2000 },
      unionOrganisations: [],
      carriedOver: [],
    });
    const withMeeting = evolveGroupCarryOver(known, { type: 'MeetingScheduled', data: scheduled.data });
    return proposalAt(withMeeting, meetingId);
  }
}

function scheduleCommand(
  meetingId: string,
  groupId: string,
  plan: MeetingPlan,
  {
    unionOrganisations,
    federations,
    rules,
  }: { unionOrganisations: string[]; federations: Record<string, Federation>; rules: MeetingRules },
  protocolNumber: ProtocolNumber,
  carriedOver: AgendaItem[],
  at: IsoInstant,
): MeetingCommandOf<'ScheduleMeeting'> {
  return meetingCommand('ScheduleMeeting', meetingId, at, {
    groupId,
    ...plan,
    protocolNumber,
    unionOrganisations,
    federations,
    carriedOver,
    rules,
  });
}

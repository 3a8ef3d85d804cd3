import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type AlongsideAppend, commandError, StreamReader } from '#libs/event-store';
import {
  GroupDirectory,
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
  type IsoInstant,
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
 * Scheduling writes MeetingScheduled on the new meeting and MeetingAdded on its group in one
 * transaction (both or neither), so the group lists every meeting it has. It takes no protocol
 * number: the group gives one when the meeting closes (see number-at-closing.ts), so numbers follow
 * the meetings as they are held and a cancelled meeting takes none.
 */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ context, groupId, plan }: ScheduleMeetingCommand): Promise<ScheduledMeeting> {
    const { principal } = context;
    const tenantId = principal.tenantId;
    const meetingId = newIdFor(context, 'meeting');
    // The group as its read model has it when current (GroupDirectory): the one fold of the group
    // stream is the attempt's own below, which appends MeetingAdded to it.
    const group = await this.directory.group(tenantId, groupId);
    if (group === undefined) throw commandError.streamNotFound(groupStream(tenantId, groupId));
    requirePermission(principal, 'meeting.run', { group: group.state });
    const { unionOrganisations, federations } = await this.unionOrganisations(tenantId);
    // The meeting keeps the group's rules (parties, justering) as they are now.
    const rules = meetingRulesOf(group.state);
    const schedule = (carriedOver: AgendaItem[]) =>
      scheduleCommand(
        meetingId,
        groupId,
        plan,
        { unionOrganisations, federations, rules },
        carriedOver,
        instantNow(this.clock),
      );
    // Decided once first: a plan that cannot be scheduled fails before any read.
    meetingDecider.decide(schedule([]), initialMeetingState());

    // What returns to this meeting, from the carry-over read model (no other stream is folded).
    const carriedOver = await this.carryOver(tenantId, groupId, meetingId, plan);
    // What the attempt under way decided on the group, appended with the meeting (see alongside).
    let added: AlongsideAppend | undefined;
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
        build: async ({ at }) => {
          const { state, ...append } = await this.runner.for(GROUP).decide(context, groupId, {
            build: () => ({ type: 'AddMeeting', data: { groupId, meetingId, at } }),
          });
          // Authorized again on the group as this attempt reads it (a membership may have ended).
          requirePermission(principal, 'meeting.run', { group: state });
          added = append;
          return schedule(carriedOver);
        },
        alongside: async () => (added === undefined ? [] : [added]),
      });
    return { meetingId, version, carriedOver };
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
  carriedOver: AgendaItem[],
  at: IsoInstant,
): MeetingCommandOf<'ScheduleMeeting'> {
  return meetingCommand('ScheduleMeeting', meetingId, at, {
    groupId,
    ...plan,
    unionOrganisations,
    federations,
    carriedOver,
    rules,
  });
}

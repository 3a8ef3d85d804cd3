import type { AlongsideAppend } from '#libs/event-store';
import { type CommandRunner, GROUP } from '#libs/groups';
import {
  type CommandContext,
  type IsoInstant,
  type ProtocolNumber,
  stockholmDate,
} from '#libs/shared-kernel';
import type { MeetingState } from '../../domain/index.js';

/** The number a closing meeting takes, and the group's ProtocolNumberAllocated to append with it. */
export interface Numbering {
  protocolNumber: ProtocolNumber;
  append: AlongsideAppend;
}

/**
 * A meeting takes its protocol number when it closes, when its protocol comes to exist: the next
 * of its year's series on the group, so numbers follow the meetings as they are held and a
 * cancelled meeting takes none. Decided against the group as it is in this attempt and appended
 * with MeetingClosed in one transaction (the caller's `alongside`); a meeting closed meanwhile
 * makes the append conflict and the attempt repeat with the next number.
 * Nothing when the meeting has a number already (numbered at scheduling, or closed).
 */
export async function numberAtClosing(
  runner: CommandRunner,
  context: CommandContext,
  meeting: MeetingState,
): Promise<Numbering | undefined> {
  const { meetingId, groupId, startsAt } = meeting;
  if (meeting.protocolNumber || meeting.status !== 'scheduled' || !meetingId || !groupId || !startsAt)
    return undefined;
  // Numbers run per calendar year of the meeting, in Sweden: 23:30 UTC on 31 December is next year.
  const year = Number(stockholmDate(startsAt).slice(0, 4));
  const { state, ...append } = await runner.for(GROUP).decide(context, groupId, {
    build: ({ at }: { at: IsoInstant }) => ({
      type: 'AllocateProtocolNumber',
      data: { groupId, meetingId, year, at },
    }),
  });
  return { protocolNumber: state.protocolNumbers[meetingId] as ProtocolNumber, append };
}

import type { AlongsideAppend } from '#libs/event-store';
import { FOLLOW_UP } from '#libs/follow-ups';
import type { CommandRunner } from '#libs/groups';
import { type CommandContext, personOf } from '#libs/shared-kernel';
import { findAgendaItem, type MeetingEvent, type MeetingState } from '../../domain/index.js';

/** The records that take up an item: what was said on it is what was reported back. */
const RECORDS = new Set(['InformationRecorded', 'DialogRecorded', 'DecisionRecorded']);

/**
 * Taking up a returning återrapportering item handles its follow-up in the same act: what was
 * recorded on the item is reported on the follow-up, and the follow-up is completed or moved when
 * the record says so (its `followUp`), all in the meeting command's transaction. Without one it is
 * reported and stays open, so it returns while it is due.
 */
export async function returningFollowUpHandled(
  runner: CommandRunner,
  context: CommandContext,
  meeting: MeetingState,
  events: readonly MeetingEvent[],
): Promise<AlongsideAppend[]> {
  const recorded = events.filter((event) => RECORDS.has(event.type)) as Extract<
    MeetingEvent,
    { type: 'InformationRecorded' | 'DialogRecorded' | 'DecisionRecorded' }
  >[];
  const appends: AlongsideAppend[] = [];
  for (const { data } of recorded) {
    // The meeting's decider refused a handling on any other item already.
    const followUpId = findAgendaItem(meeting, data.itemId)?.origin?.followUpId;
    if (followUpId === undefined) continue;
    appends.push(
      await runner.for(FOLLOW_UP).decide(context, followUpId, {
        build: ({ at }) => ({
          type: 'HandleFollowUpAtMeeting' as const,
          data: {
            followUpId,
            meetingId: meeting.meetingId as string,
            itemId: data.itemId,
            text: data.text,
            by: personOf(context.principal),
            handling: data.followUp ?? { outcome: 'reported' },
            at,
          },
        }),
      }),
    );
  }
  return appends;
}

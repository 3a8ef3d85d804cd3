import type { AlongsideAppend } from '#libs/event-store';
import { FOLLOW_UP } from '#libs/follow-ups';
import type { CommandRunner } from '#libs/groups';
import type { CommandContext } from '#libs/shared-kernel';
import { type MeetingEvent, type MeetingState, recordsOf } from '../../domain/index.js';

/**
 * An item marked confidential after follow-ups were assigned on it takes them along: each
 * follow-up's stream records FollowUpMarkedConfidential in the same transaction, so the HR list,
 * the follow-up view and reminders never show its action to anyone outside the group.
 */
export function followUpsMadeConfidential(
  runner: CommandRunner,
  context: CommandContext,
  meeting: MeetingState,
  events: readonly MeetingEvent[],
): Promise<AlongsideAppend[]> {
  const followUpIds = events
    .flatMap((event) => (event.type === 'ItemMarkedConfidential' ? [event.data.itemId] : []))
    .flatMap((itemId) => recordsOf(meeting, itemId).followUps.map(({ followUpId }) => followUpId));
  return Promise.all(
    followUpIds.map((followUpId) =>
      runner.for(FOLLOW_UP).decide(context, followUpId, {
        build: ({ at }) => ({ type: 'MarkFollowUpConfidential' as const, data: { followUpId, at } }),
      }),
    ),
  );
}

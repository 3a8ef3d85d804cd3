import {
  assertNever,
  definedOnly,
  type PersonRef,
  requireDate,
  requirePerson,
  requireText,
} from '#domain/shared-kernel';
import type { FollowUpCommand } from './commands.js';
import type { FollowUpActor } from './facts.js';
import { followUpError } from './errors.js';
import type { FollowUpEvent } from './events.js';
import type { FollowUpState } from './state.js';

type Command<T extends FollowUpCommand['type']> = Extract<FollowUpCommand, { type: T }>;

export function decideFollowUp(command: FollowUpCommand, state: FollowUpState): FollowUpEvent[] {
  if (command.type === 'OpenFollowUp') return open(command, state);
  if (state.status === 'not_opened') throw followUpError.notOpened();
  // Confidentiality follows its item whatever became of the follow-up: its history is confidential too.
  if (command.type === 'MarkFollowUpConfidential') {
    const { followUpId, at } = command.data;
    return state.confidential ? [] : [{ type: 'FollowUpMarkedConfidential', data: { followUpId, at } }];
  }
  if (command.type === 'HandleFollowUpAtMeeting') return handleAtMeeting(command, state);
  // Completing or cancelling twice is harmless; anything else after either is refused.
  if (state.status === 'completed') {
    if (command.type === 'CompleteFollowUp') return [];
    throw followUpError.completed(state.followUpId);
  }
  if (state.status === 'cancelled') {
    if (command.type === 'CancelFollowUp') return [];
    throw followUpError.cancelled(state.followUpId);
  }

  switch (command.type) {
    case 'ReportFollowUp': {
      const { followUpId, meetingId, itemId, at } = command.data;
      const text = requireText(command.data.text, 'text');
      return [
        {
          type: 'FollowUpReported',
          data: definedOnly({ followUpId, meetingId, itemId, text, by: actorOf(command.data), at }),
        },
      ];
    }
    case 'CompleteFollowUp': {
      const { followUpId, note, at } = command.data;
      const checkedNote = note === undefined ? undefined : requireText(note, 'note');
      const by = actorOf(command.data);
      return [{ type: 'FollowUpCompleted', data: definedOnly({ followUpId, note: checkedNote, by, at }) }];
    }
    case 'RescheduleFollowUp':
      return reschedule(command, state);
    case 'CancelFollowUp': {
      const { followUpId, at } = command.data;
      const reason = requireText(command.data.reason, 'reason');
      return [
        {
          type: 'FollowUpCancelled',
          data: definedOnly({ followUpId, reason, by: actorOf(command.data), at }),
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

/**
 * A meeting recorded what was reported on the follow-up's returning item: the report (once per
 * meeting, item and text), then, as the meeting decided, its completion or a new date. A follow-up
 * completed or cancelled meanwhile was handled elsewhere: nothing more is recorded on it.
 */
function handleAtMeeting(
  { data }: Command<'HandleFollowUpAtMeeting'>,
  state: FollowUpState,
): FollowUpEvent[] {
  if (state.status !== 'open') return [];
  const { followUpId, meetingId, itemId, text, by, at, handling } = data;
  const reportedHere = state.reports.some(
    (report) => report.meetingId === meetingId && report.itemId === itemId && report.text === text.trim(),
  );
  const report = reportedHere
    ? []
    : decideFollowUp(
        { type: 'ReportFollowUp', data: { followUpId, meetingId, itemId, text, by, at } },
        state,
      );
  switch (handling.outcome) {
    case 'reported':
      return report;
    case 'completed':
      return [
        ...report,
        ...decideFollowUp(
          { type: 'CompleteFollowUp', data: { followUpId, note: handling.note, by, at } },
          state,
        ),
      ];
    case 'rescheduled': {
      const { newDueDate = '', reason = '' } = handling;
      // Recorded again with the same new date: it was moved the first time.
      if (state.dueDate === newDueDate) return report;
      const moved: FollowUpCommand = {
        type: 'RescheduleFollowUp',
        data: { followUpId, newDueDate, reason, by, at },
      };
      return [...report, ...decideFollowUp(moved, state)];
    }
    default:
      return assertNever(handling.outcome);
  }
}

function open({ data }: Command<'OpenFollowUp'>, state: FollowUpState): FollowUpEvent[] {
  const opened: FollowUpEvent = {
    type: 'FollowUpOpened',
    data: {
      followUpId: data.followUpId,
      groupId: data.groupId,
      origin: { ...data.origin, meetingDate: requireDate(data.origin.meetingDate, 'origin.meetingDate') },
      action: requireText(data.action, 'action'),
      responsible: requirePerson(data.responsible, 'responsible'),
      dueDate: requireDate(data.dueDate, 'dueDate'),
      ...(data.confidential === true ? { confidential: true } : {}),
      at: data.at,
    },
  };
  if (state.status === 'not_opened') return [opened];
  // The reaction that opens follow-ups may run twice for the same meeting fact.
  const { origin, action, responsible, dueDate } = opened.data;
  const same =
    state.origin?.meetingId === origin.meetingId &&
    state.origin.itemId === origin.itemId &&
    state.action === action &&
    state.responsible?.personId === responsible.personId &&
    state.dueDate === dueDate;
  if (same) return [];
  throw followUpError.alreadyOpened(data.followUpId);
}

function reschedule({ data }: Command<'RescheduleFollowUp'>, state: FollowUpState): FollowUpEvent[] {
  const newDueDate = requireDate(data.newDueDate, 'newDueDate');
  const reason = requireText(data.reason, 'reason');
  const previousDueDate = state.dueDate as string;
  if (newDueDate === previousDueDate) throw followUpError.sameDueDate(previousDueDate);
  return [
    {
      type: 'FollowUpRescheduled',
      data: definedOnly({
        followUpId: data.followUpId,
        previousDueDate,
        newDueDate,
        reason,
        by: actorOf(data),
        at: data.at,
      }),
    },
  ];
}

const actorOf = ({ by }: FollowUpActor): PersonRef | undefined =>
  by === undefined ? undefined : requirePerson(by, 'by');

import type { IsoDate } from '#domain/shared-kernel';
import { NEGOTIATION_PENDING_REASON } from './escalations.js';
import type { DeferredEntry, GroupCarryOver } from './group-carry-over-state.js';

/** One escalated item as a group's page lists it. */
export interface EscalationEntry {
  /** The item's title; absent when the item is confidential and the reader is not a member. */
  title?: string;
  /** The other group: where it came from (in, answers) or where it went (out). */
  groupName: string;
  /** Where and when it was raised (in, out) or answered (answers). */
  paragraph?: number;
  date: IsoDate;
  /** The question as put, where it differs from the title (in, out). */
  question?: string;
  /** The outcome as the parent's protocol wrote it (answers). */
  answer?: string;
}

/** What a group has handed on and received that is not settled yet, from the carry-over state. */
export interface EscalationOverview {
  /** Raised here from groups below, waiting for this group's next meeting. */
  incoming: EscalationEntry[];
  /** Raised here, waiting for the parent group's meeting (read from the parent's carry-over). */
  outgoing: EscalationEntry[];
  /** The parent's answers to what was raised here, to be reported at this group's next meeting. */
  answers: EscalationEntry[];
  /** Handed here to a negotiation under MBL: the decision waits for it. */
  negotiations: EscalationEntry[];
}

const pending = (state: GroupCarryOver | undefined): DeferredEntry[] =>
  Object.values(state?.deferred ?? {}).sort((a, b) => a.after.localeCompare(b.after) || a.order - b.order);

/**
 * A group's escalations in and out. Everything unsettled lives in carry-over already: an item
 * raised to the parent waits among the parent's deferred entries until the parent's meeting takes
 * it up, the answer then waits among this group's, and an MBL negotiation waits here as deferred.
 * `mayReadConfidential` is whether the reader is a member of this group: a confidential item's
 * title reaches only them (the items out and their answers are this group's own).
 */
export function escalationOverview(
  groupId: string,
  own: GroupCarryOver | undefined,
  parent: GroupCarryOver | undefined,
  mayReadConfidential: boolean,
): EscalationOverview {
  const title = (entry: DeferredEntry) =>
    entry.item.confidential && !mayReadConfidential ? {} : { title: entry.item.title };
  const overview: EscalationOverview = { incoming: [], outgoing: [], answers: [], negotiations: [] };
  for (const entry of pending(own)) {
    const { origin } = entry.item;
    if (origin?.kind === 'escalated') {
      overview.incoming.push({
        ...title(entry),
        groupName: origin.fromGroupName,
        ...(origin.fromParagraph === undefined ? {} : { paragraph: origin.fromParagraph }),
        date: origin.fromDate,
        ...(origin.question === undefined ? {} : { question: origin.question }),
      });
    } else if (origin?.kind === 'answer') {
      overview.answers.push({
        ...title(entry),
        groupName: origin.fromGroupName,
        ...(origin.fromParagraph === undefined ? {} : { paragraph: origin.fromParagraph }),
        date: origin.fromDate,
        answer: origin.answer,
      });
    } else if (origin?.kind === 'deferred' && origin.reason === NEGOTIATION_PENDING_REASON) {
      overview.negotiations.push({
        ...title(entry),
        groupName: '',
        ...(origin.fromParagraph === undefined ? {} : { paragraph: origin.fromParagraph }),
        date: origin.fromDate,
      });
    }
  }
  for (const entry of pending(parent)) {
    const { origin } = entry.item;
    if (origin?.kind !== 'escalated' || origin.fromGroupId !== groupId) continue;
    overview.outgoing.push({
      ...title(entry),
      groupName: origin.toGroupName,
      ...(origin.fromParagraph === undefined ? {} : { paragraph: origin.fromParagraph }),
      date: origin.fromDate,
      ...(origin.question === undefined ? {} : { question: origin.question }),
    });
  }
  return overview;
}

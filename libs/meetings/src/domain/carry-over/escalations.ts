import { definedOnly } from '#domain/shared-kernel';
import type { AgendaItem, AgendaItemKind } from '../agenda-item.js';
import type { MeetingEvent } from '../events.js';
import { evolveMeeting } from '../evolve.js';
import { isConfidentialItem, meetingDate, recordsOf } from '../queries.js';
import type { ItemRecords, MeetingState } from '../state.js';
import type { DeferredEntry, GroupCarryOver } from './group-carry-over-state.js';

/**
 * Escalation rides on carry-over: what a closed meeting hands to another group returns there as a
 * deferred item returns in its own group, at the first coming meeting that starts after it, with
 * its origin (group, meeting, date, §). Handed on at close, when the §§ are fixed:
 * - up: each item the meeting escalated to its parent group, to the parent;
 * - down: for each escalated item the meeting took up (not deferred), its outcome as the answer,
 *   to the group that raised it.
 * - an item handed to an MBL negotiation returns in its own group, as deferred with the
 *   negotiation pending, so the next meeting sees it waiting (its decision is blocked here).
 */
export interface HandedOn {
  groupId: string;
  entries: [string, DeferredEntry][];
}

/** What the meeting closed by this event hands to other groups; nothing for any other event. */
export function handedOnBy(before: GroupCarryOver, event: MeetingEvent): HandedOn[] {
  if (event.type !== 'MeetingClosed') return [];
  const coming = before.meetings[event.data.meetingId];
  if (coming === undefined) return [];
  return handedOn(evolveMeeting(coming.meeting, event), before.groupId);
}

/** The entries another group's meeting handed to this group join what returns here. */
export const receiveHandedOn = (state: GroupCarryOver, entries: readonly [string, DeferredEntry][]) =>
  entries.length === 0
    ? state
    : { ...state, deferred: { ...state.deferred, ...Object.fromEntries(entries) } };

export function handedOn(closed: MeetingState, groupId: string): HandedOn[] {
  const byGroup = new Map<string, [string, DeferredEntry][]>();
  const add = (to: string, item: AgendaItem) => {
    const entries = byGroup.get(to) ?? [];
    entries.push([item.itemId, { item, after: closed.startsAt as string, order: entries.length }]);
    byGroup.set(to, entries);
  };
  for (const item of closed.agenda) {
    const escalated = escalatedItem(closed, groupId, item);
    if (escalated) add(escalated.groupId, escalated.item);
    const negotiation = negotiationItem(closed, groupId, item);
    if (negotiation) add(groupId, negotiation);
    const answer = answerItem(closed, groupId, item);
    if (answer) add(answer.groupId, answer.item);
  }
  return [...byGroup].map(([to, entries]) => ({ groupId: to, entries }));
}

/** The kinds that stand as they are in the parent's agenda; the rest are taken up as dialog there. */
const KEPT_KINDS: readonly AgendaItemKind[] = ['information', 'dialog', 'beslut', 'förhandling'];

function escalatedItem(closed: MeetingState, groupId: string, item: AgendaItem) {
  const escalation = recordsOf(closed, item.itemId).escalation;
  if (escalation?.to.kind !== 'parent-group') return undefined;
  const fromMeetingId = closed.meetingId as string;
  const returning: AgendaItem = {
    itemId: `escalated:${fromMeetingId}:${item.itemId}`,
    title: item.title,
    kind: KEPT_KINDS.includes(item.kind) ? item.kind : 'dialog',
    proposer: item.proposer,
    origin: definedOnly({
      kind: 'escalated' as const,
      fromGroupId: groupId,
      fromGroupName: escalation.from.name,
      fromMeetingId,
      fromItemId: item.itemId,
      fromParagraph: closed.paragraphs[item.itemId],
      fromDate: meetingDate(closed) as string,
      question: escalation.question,
      toGroupName: escalation.to.name,
    }),
    ...(isConfidentialItem(closed, item.itemId) ? { confidential: true as const } : {}),
  };
  return { groupId: escalation.to.groupId, item: returning };
}

/** Printed where a returning item's deferral reason stands. */
export const NEGOTIATION_PENDING_REASON =
  'Överlämnat till förhandling enligt MBL; förhandlingen pågår och beslut fattas när den är avslutad.';

function negotiationItem(closed: MeetingState, groupId: string, item: AgendaItem): AgendaItem | undefined {
  if (recordsOf(closed, item.itemId).escalation?.to.kind !== 'mbl-negotiation') return undefined;
  const fromMeetingId = closed.meetingId as string;
  return {
    ...item,
    itemId: item.origin ? item.itemId : `negotiation:${fromMeetingId}:${item.itemId}`,
    origin: definedOnly({
      kind: 'deferred' as const,
      fromGroupId: groupId,
      fromMeetingId,
      fromItemId: item.itemId,
      fromParagraph: closed.paragraphs[item.itemId],
      fromDate: meetingDate(closed) as string,
      reason: NEGOTIATION_PENDING_REASON,
    }),
    ...(isConfidentialItem(closed, item.itemId) ? { confidential: true as const } : {}),
  };
}

function answerItem(closed: MeetingState, groupId: string, item: AgendaItem) {
  const { origin } = item;
  const records = recordsOf(closed, item.itemId);
  if (origin?.kind !== 'escalated' || records.deferral) return undefined;
  const meetingId = closed.meetingId as string;
  const returning: AgendaItem = {
    itemId: `answer:${meetingId}:${item.itemId}`,
    title: item.title,
    kind: 'återrapportering',
    // The answer is the receiving meeting's; it is reported back, as a follow-up is, by the employer.
    proposer: { side: 'employer' },
    origin: definedOnly({
      kind: 'answer' as const,
      fromGroupId: groupId,
      fromGroupName: origin.toGroupName,
      fromMeetingId: meetingId,
      fromItemId: item.itemId,
      fromParagraph: closed.paragraphs[item.itemId],
      fromDate: meetingDate(closed) as string,
      answer: answerOf(records),
      escalatedFromMeetingId: origin.fromMeetingId,
      escalatedFromParagraph: origin.fromParagraph,
      escalatedFromDate: origin.fromDate,
    }),
    ...(isConfidentialItem(closed, item.itemId) ? { confidential: true as const } : {}),
  };
  return { groupId: origin.fromGroupId, item: returning };
}

/** The outcome as the receiving protocol wrote it: its texts, or where it went on from there. */
export function answerOf(records: ItemRecords): string {
  const texts = [records.information?.text, records.dialog?.text, records.decision?.text].filter(
    (text): text is string => text !== undefined && text !== '',
  );
  const { escalation } = records;
  if (escalation?.to.kind === 'parent-group')
    texts.push(`Frågan överlämnades vidare till ${escalation.to.name}.`);
  if (escalation?.to.kind === 'mbl-negotiation')
    texts.push('Ärendet överlämnades till förhandling enligt MBL; förhandlingen pågår.');
  return texts.length > 0 ? texts.join(' ') : 'Behandlades utan anteckning.';
}

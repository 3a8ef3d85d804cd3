import { SAFETY_REPRESENTATIVE_ROLES, type WorkEnvironmentTopic } from '#domain/shared-kernel';
import type { AgendaItem } from './agenda-item.js';
import { actingInRole, isHandled, recordsOf } from './queries.js';
import type { MeetingState } from './state.js';

/**
 * The skyddskommitté's questions (AML 6:9) as a meeting took them up. A topic item counts as
 * handled once information, dialog or a decision is recorded on it and it is not deferred.
 */
export interface TopicItem {
  itemId: string;
  topic: WorkEnvironmentTopic;
  handled: boolean;
  paragraph?: number;
}

export function topicItems(state: MeetingState): TopicItem[] {
  return state.agenda.flatMap((item: AgendaItem): TopicItem[] => {
    if (item.workEnvironmentTopic === undefined) return [];
    const records = recordsOf(state, item.itemId);
    return [
      {
        itemId: item.itemId,
        topic: item.workEnvironmentTopic,
        handled: isHandled(records) && records.deferral === undefined,
        ...(state.paragraphs[item.itemId] === undefined ? {} : { paragraph: state.paragraphs[item.itemId] }),
      },
    ];
  });
}

/** A remark the protocol carries about how the meeting was held; `code` is stable. */
export interface MeetingRemark {
  code: 'SKYDDSOMBUD_ABSENT';
  text: string;
  itemIds: string[];
}

/**
 * AML 6:8 (DOMAIN.md): when a group acts as skyddskommitté at least one skyddsombud attends. A
 * closed meeting that handled an AML 6:9 question with no skyddsombud or huvudskyddsombud recorded
 * present (themselves or through an ersättare) carries a remark saying so. It is a remark, not a
 * refusal to close: the meeting was held as it was, the protocol must say what happened, and a
 * refusal would leave a held meeting without a protocol (or push the chair to record it wrongly).
 * Derived from the closed state (attendance and records are fixed at close), so it is the same
 * for every reader and every event stored before the rule.
 */
export function safetyRepresentativeRemarks(state: MeetingState): MeetingRemark[] {
  if (state.status !== 'closed') return [];
  const handled = topicItems(state).filter((item) => item.handled);
  if (handled.length === 0) return [];
  const present = SAFETY_REPRESENTATIVE_ROLES.some((role) => actingInRole(state, role).length > 0);
  if (present) return [];
  const paragraphs = handled.flatMap((item) => (item.paragraph === undefined ? [] : [`§ ${item.paragraph}`]));
  return [
    {
      code: 'SKYDDSOMBUD_ABSENT',
      text:
        'Inget skyddsombud var närvarande när arbetsmiljöfrågor enligt AML 6 kap. 9 § behandlades' +
        (paragraphs.length > 0 ? ` (${paragraphs.join(', ')})` : '') +
        '. Minst ett skyddsombud ska delta när gruppen är skyddskommitté.',
      itemIds: handled.map((item) => item.itemId),
    },
  ];
}

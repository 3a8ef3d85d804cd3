import { recordsOf, type AgendaItem, type MeetingState } from '#libs/meetings';
import { swedishList } from './document-context.js';

/**
 * What the dagordning § says: "Dagordningen fastställs." or, when the agenda was changed after the
 * kallelse went out (or, without one, at the meeting), what changed: "Dagordningen fastställs med
 * följande ändringar: punkten ”Lokalfrågan” läggs till; punkten ”Budget” utgår." A confidential
 * item is not named, so the public version does not give its title away.
 */
export function agendaSentence(state: MeetingState): string {
  const announced = state.agendaAsAnnounced;
  if (!announced) return 'Dagordningen fastställs.';
  const ids = (items: readonly AgendaItem[]) => items.map(({ itemId }) => itemId);
  const added = state.agenda.filter(({ itemId }) => !ids(announced).includes(itemId));
  const removed = announced.filter(({ itemId }) => !ids(state.agenda).includes(itemId));
  const kept = ids(state.agenda).filter((itemId) => ids(announced).includes(itemId));
  const keptBefore = ids(announced).filter((itemId) => kept.includes(itemId));
  const reordered = kept.some((itemId, index) => keptBefore[index] !== itemId);
  const changes = [
    ...(added.length > 0 ? [`${points(state, added)} läggs till`] : []),
    ...(removed.length > 0 ? [`${points(state, removed)} utgår`] : []),
    ...(reordered ? ['punkterna tas i ändrad ordning'] : []),
  ];
  if (changes.length === 0) return 'Dagordningen fastställs.';
  return `Dagordningen fastställs med följande ändringar: ${changes.join('; ')}.`;
}

/** "punkten ”A”", "punkterna ”A” och ”B”", with a confidential one as "en sekretessbelagd punkt". */
function points(state: MeetingState, items: readonly AgendaItem[]): string {
  const named = items.map((item) =>
    recordsOf(state, item.itemId).confidential ? 'en sekretessbelagd punkt' : `”${item.title}”`,
  );
  const titled = named.filter((name) => name.startsWith('”'));
  const hidden = named.filter((name) => !name.startsWith('”'));
  const lead =
    titled.length === 0 ? [] : [`${titled.length === 1 ? 'punkten' : 'punkterna'} ${swedishList(titled)}`];
  return swedishList([...lead, ...hidden]);
}

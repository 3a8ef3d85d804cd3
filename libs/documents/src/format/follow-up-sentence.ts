import type { FollowUpLine } from '../model/index.js';
import { swedishLongDate } from './swedish-dates.js';

/**
 * A follow-up in prose, as the minnesanteckningar write it after "Uppföljning:":
 * "Redovisa enkätsvaren. Ansvarig: Anna Berg, senast den 30 april 2019." The action's own full stop
 * is kept rather than doubled.
 */
export function followUpSentence({ action, responsible, dueDate }: FollowUpLine): string {
  const trimmed = action.trim();
  const sentence = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `${sentence} Ansvarig: ${responsible}, senast ${swedishLongDate(dueDate)}.`;
}

import type { DomainError } from '#libs/ddd';
import { FOLLOW_UP_ERROR } from '#libs/follow-ups';
import { MEETING_ERROR, type MeetingView } from '#libs/meetings';
import type { FormScope } from './form-scope.js';
import { partyName } from './under-motet-form.js';

/** Codes that concern one field whatever the error's details say. */
const FIELD_OF_CODE: Record<string, string> = {
  [MEETING_ERROR.DISAGREEMENT_WITHOUT_ORGANISATIONS]: 'disagreeing',
  [MEETING_ERROR.AGREEMENT_WITH_DISAGREEING_ORGANISATIONS]: 'disagreeing',
  [MEETING_ERROR.DISAGREEING_ORGANISATION_NOT_PRESENT]: 'disagreeing',
  [MEETING_ERROR.FOLLOW_UP_DUE_BEFORE_MEETING]: 'dueDate',
  [MEETING_ERROR.NOT_PRESENT]: 'party',
  [MEETING_ERROR.ENDED_BEFORE_STARTED]: 'endedAt',
  [FOLLOW_UP_ERROR.SAME_DUE_DATE]: 'newDueDate',
  [MEETING_ERROR.HELD_ON_ANOTHER_DAY]: 'endedAt',
};

/**
 * The form field an error is about: from its code, else from the domain's `details.field`
 * ("responsible.personId" → responsible, "item.title" → title), if the form has that field.
 */
export function fieldOfError(error: DomainError, fields: readonly string[]): string | null {
  const byCode = FIELD_OF_CODE[error.code];
  if (byCode && fields.includes(byCode)) return byCode;
  const named = error.details['field'];
  if (typeof named !== 'string') return null;
  const segments = named.split(/[.[\]]+/).filter(Boolean);
  return segments.find((segment) => fields.includes(segment)) ?? null;
}

/** What is saved now in the part of the meeting a stale form edits, to show beside what was typed. */
export function staleText(meeting: MeetingView, scope: FormScope): string {
  if (scope.kind === 'item') {
    const records = meeting.agenda.find((item) => item.itemId === scope.itemId)?.records;
    const text = records?.decision?.text ?? records?.dialog?.text ?? records?.information?.text;
    if (records?.deferral) return `Punkten är bordlagd: ${records.deferral.reason}`;
    return text ?? 'Ingen text är sparad på punkten.';
  }
  if (scope.kind === 'attendance') {
    return meeting.attendance
      .map(
        (entry) =>
          `${entry.person.name} (${partyName(entry.party)}): ${entry.presence === 'present' ? 'närvarande' : 'frånvarande'}`,
      )
      .join('; ');
  }
  if (scope.kind === 'justerare') {
    return (
      meeting.justerare.map((j) => `${j.person.name} för ${partyName(j.party)}`).join(', ') ||
      'Inga justerare.'
    );
  }
  return '';
}

import { stockholmLocalToUtc } from '#libs/documents';
import { type FormFields, type FormProblem, textOf } from './page-form.js';
import { problem } from './swedish-errors.js';

/** A meeting's time and place as the scheduling and moving forms post them. */
export interface MeetingTimeAndPlace {
  startsAt: string;
  endsAt: string;
  place?: string;
  videoLink?: string;
}

/**
 * The date, start, end, place and video link of a meeting form (Schemalägg on Grupp, Flytta on
 * Förbered möte) as the commands take them, or the problem to show at the field left wrong: a
 * date that does not exist, a time of day that is none (or the hour skipped in spring).
 */
export function meetingTimeAndPlaceOf(fields: FormFields, form: string): MeetingTimeAndPlace | FormProblem {
  const date = textOf(fields, 'datum');
  const startsAt = stockholmLocalToUtc(date, textOf(fields, 'start'));
  const endsAt = stockholmLocalToUtc(date, textOf(fields, 'slut'));
  if (date === '' || stockholmLocalToUtc(date, '12:00') === undefined)
    return problem(form, 'Ange ett datum som finns, till exempel 2019-03-18.', 'datum');
  if (!startsAt) return problem(form, 'Ange när mötet börjar, till exempel 13.00.', 'start');
  if (!endsAt) return problem(form, 'Ange när mötet slutar, till exempel 15.00.', 'slut');
  return {
    startsAt,
    endsAt,
    place: optionalTextOf(fields, 'plats'),
    videoLink: optionalTextOf(fields, 'videolank'),
  };
}

/** A field's text, or undefined when left empty (the command then takes none). */
export const optionalTextOf = (fields: FormFields, name: string) =>
  textOf(fields, name) === '' ? undefined : textOf(fields, name);

import {
  definedOnly,
  type IsoInstant,
  requireInstant,
  requireName,
  requireText,
} from '#domain/shared-kernel';
import { meetingError } from './errors.js';

/** When and where a meeting is held: what scheduling sets and rescheduling replaces. */
export interface TimeAndPlace {
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  place?: string;
  videoLink?: string;
}

/** Existing UTC instants, the end after the start, and a place or a video link (or both). */
export function requireTimeAndPlace(input: TimeAndPlace): TimeAndPlace {
  const startsAt = requireInstant(input.startsAt, 'startsAt');
  const endsAt = requireInstant(input.endsAt, 'endsAt');
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw meetingError.endsBeforeStart(startsAt, endsAt);
  const place = input.place === undefined ? undefined : requireName(input.place, 'place');
  const videoLink =
    input.videoLink === undefined ? undefined : requireText(input.videoLink, 'videoLink', 2_000);
  if (place === undefined && videoLink === undefined) throw meetingError.locationRequired();
  return definedOnly({ startsAt, endsAt, place, videoLink });
}

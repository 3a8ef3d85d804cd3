/**
 * Every piece of user-typed text in a document model with markup and template syntax appended, to
 * prove that all of it comes out as text.
 */
export const HOSTILE = ' <script>alert(1)</script> {{x}}';

const USER_TEXT_KEYS = new Set([
  'organisationName',
  'groupName',
  'groupLevels',
  'forvaltning',
  'dnr',
  'place',
  'videoLink',
  'name',
  'role',
  'replaces',
  'ordforande',
  'sekreterare',
  'heading',
  'title',
  'text',
  'presenter',
  'outcome',
  'action',
  'responsible',
  'reason',
  'comment',
  'by',
  'absent',
  'substitute',
  'closing',
  'justeringSentence',
]);

export function withHostileText<T>(document: T): T {
  return poison(document, '') as T;
}

function poison(value: unknown, key: string): unknown {
  if (typeof value === 'string') return USER_TEXT_KEYS.has(key) ? value + HOSTILE : value;
  if (Array.isArray(value)) return value.map((element) => poison(element, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, poison(inner, name)]));
  }
  return value;
}

import { groupError } from './errors.js';

export const GROUP_LEVELS = ['CSG', 'FSG', 'VSG', 'LSG', 'APT'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

/**
 * Levels are a list rather than a free string so that "FSG/VSG" is both allowed and queryable
 * by level (HR filters by level); the order given is the order printed.
 */
export function requireLevels(levels: readonly GroupLevel[]): GroupLevel[] {
  if (!Array.isArray(levels) || levels.length === 0) throw groupError.invalidLevel(levels);
  const unknown = levels.filter((level) => !GROUP_LEVELS.includes(level));
  if (unknown.length > 0 || new Set(levels).size !== levels.length) throw groupError.invalidLevel(levels);
  return [...levels];
}

/** ["FSG", "VSG"] → "FSG/VSG", as the minnesanteckningar title prints it. */
export const formatGroupLevels = (levels: readonly GroupLevel[]): string => levels.join('/');

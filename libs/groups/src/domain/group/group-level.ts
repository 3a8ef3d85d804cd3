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

/** Decision levels, highest first: what a level cannot settle goes up to the one above (VSG and LSG are one level). */
const LEVEL_RANK: Record<GroupLevel, number> = { CSG: 4, FSG: 3, VSG: 2, LSG: 2, APT: 1 };

/** The highest level a (possibly combined) group sits at: FSG/VSG is an FSG to the groups below it. */
const topRank = (levels: readonly GroupLevel[]): number =>
  Math.max(...levels.map((level) => LEVEL_RANK[level]));

/**
 * A parent group sits at a higher level than its child (APT → VSG → FSG → CSG), so escalation,
 * which goes to the parent, always goes up. A combined group is ranked by its highest level.
 */
export function requireParentAbove(levels: readonly GroupLevel[], parentLevels: readonly GroupLevel[]): void {
  if (topRank(parentLevels) <= topRank(levels)) throw groupError.parentNotHigherLevel(levels, parentLevels);
}

import type { GroupView } from '#libs/groups';
import { groupHref } from '../prepare-meeting/labels.js';

/**
 * A group's row: its level and the group above it, as far as the reader may see that one (among
 * `groups`, or `others`: the groups above them that are not in the list, on another page of it).
 */
export function groupRows(
  groups: readonly GroupView[],
  href: (groupId: string) => string = groupHref,
  others: readonly GroupView[] = [],
) {
  const names = new Map([...groups, ...others].map(({ groupId, name }) => [groupId, name]));
  return groups.map((group) => ({
    name: group.name,
    href: href(group.groupId),
    levels: group.levelsLabel,
    parent:
      group.parentGroupId === undefined ? null : (names.get(group.parentGroupId) ?? 'En grupp du inte ser'),
    skyddskommitte: group.actsAsSkyddskommitte,
  }));
}

import type { Principal } from '#libs/identity';
import { isAllowed } from '../access/access-policy.js';
import { groupView, type GroupView } from './get-group/group-view.js';
import type { ListedGroup } from './group-directory.js';

/** Whether the caller may read the group (group.read). */
export const readableBy = (principal: Principal, { state }: ListedGroup): boolean =>
  isAllowed(principal, 'group.read', { group: state });

/** A listed group as the API and the pages show it. */
export const viewOf = ({ state, version }: ListedGroup): GroupView => groupView(state, version);

/** The groups the caller may read, as views, in the order given. */
export const readableViews = (principal: Principal, groups: readonly ListedGroup[]): GroupView[] =>
  groups.filter((group) => readableBy(principal, group)).map(viewOf);

/** By name in Swedish order (Å, Ä, Ö last), as the lists that show every group at once sort them. */
export const bySwedishName = (a: GroupView, b: GroupView): number => a.name.localeCompare(b.name, 'sv');

import type { GroupState } from '../../domain/group/index.js';
import type { GroupDirectory } from '../group/group-directory.js';

/**
 * The group a meeting or follow-up belongs to, read in the caller's tenant: the facts the access
 * policy decides on. From the groups read model when its row is at the group stream's version,
 * folded from the stream when the stream is ahead (see GroupDirectory, stateSource): the group
 * stream grows with every meeting, so a command or a meeting page does not fold it when the worker
 * is caught up, and still decides on the truth when it is not. Undefined when there is none (then
 * only HR and justerare rights remain).
 */
export async function groupOf(
  directory: GroupDirectory,
  tenantId: string,
  groupId: string | undefined,
): Promise<GroupState | undefined> {
  if (groupId === undefined) return undefined;
  return (await directory.group(tenantId, groupId))?.state;
}

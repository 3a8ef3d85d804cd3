import type { StreamReader } from '#libs/event-store';
import { groupStream } from '#libs/shared-kernel';
import { groupDecider, type GroupState } from '../../domain/group/index.js';

/**
 * The group a meeting or follow-up belongs to, read in the caller's tenant: the facts the access
 * policy decides on. Undefined when there is none (then only HR and justerare rights remain).
 */
export async function groupOf(
  reader: StreamReader,
  tenantId: string,
  groupId: string | undefined,
): Promise<GroupState | undefined> {
  if (groupId === undefined) return undefined;
  return (await reader.load(groupStream(tenantId, groupId), groupDecider)).state;
}

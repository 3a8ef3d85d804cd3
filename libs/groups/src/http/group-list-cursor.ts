import { isText, keysetCursor } from '#libs/http';
import { groupError } from '../domain/group/index.js';
import type { GroupListKey } from '../projections/groups/index.js';

/** The group list's next-page cursor: the last group's name and id, the list's order (keysetPage). */
export const GROUP_LIST_CURSOR = keysetCursor<GroupListKey>(
  { name: ['n', isText], groupId: ['i', isText] },
  groupError.invalidCursor,
);

import type { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';
import {
  GROUP_ERROR,
  GROUP_LIST_CURSOR,
  GROUP_PAGE,
  type GroupView,
  ListGroupsByIdQuery,
  ListGroupsQuery,
} from '#libs/groups';
import type { Principal } from '#libs/identity';

export const STALE_GROUPS_CURSOR =
  'Sidan finns inte längre (länken är fel eller gammal). Börja om från första sidan.';

/** What the partials groupsPaging and groupsPagingLinks show. */
export interface GroupsPaging {
  shownText: string | null;
  nextHref: string | null;
  firstHref: string | null;
  hasPages: boolean;
  /** A cursor this service did not give out: said instead of a list. */
  stale: string | null;
}

export interface GroupsListPage {
  /** The page's groups, by name (then id). */
  groups: GroupView[];
  /** The groups above those of the page that are on other pages (for their names). */
  parents: GroupView[];
  paging: GroupsPaging;
}

/**
 * A page of the groups the caller may read, as GET /api/groups pages them (ListGroupsQuery with
 * GROUP_PAGE + 1, the API's cursor in `?cursor=`): at a national installation an admin or HR reads
 * thousands. `path` is the page's own, for its links.
 */
export async function readGroupsListPage(
  queries: QueryBus,
  principal: Principal,
  cursor: unknown,
  path: string,
): Promise<GroupsListPage> {
  const onLaterPage = typeof cursor === 'string' && cursor !== '';
  let rows: GroupView[];
  try {
    const after = onLaterPage ? GROUP_LIST_CURSOR.decode(cursor) : undefined;
    rows = await queries.execute(new ListGroupsQuery(principal, { after, limit: GROUP_PAGE + 1 }));
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== GROUP_ERROR.INVALID_CURSOR) throw error;
    const paging = { shownText: null, nextHref: null, firstHref: path, hasPages: false };
    return { groups: [], parents: [], paging: { ...paging, stale: STALE_GROUPS_CURSOR } };
  }
  const groups = rows.slice(0, GROUP_PAGE);
  const more = rows.length > GROUP_PAGE;
  const last = groups[groups.length - 1];
  return {
    groups,
    parents: await parentsElsewhere(queries, principal, groups),
    paging: {
      shownText: groupsShownText(groups.length, more, onLaterPage),
      nextHref: more && last ? `${path}?cursor=${GROUP_LIST_CURSOR.encode(last)}` : null,
      firstHref: onLaterPage ? path : null,
      hasPages: more || onLaterPage,
      stale: null,
    },
  };
}

/**
 * How many of the groups a page shows, in Swedish: a page that does not hold them all says so
 * instead of looking like the whole list; one that does says nothing.
 */
export function groupsShownText(shown: number, more: boolean, onLaterPage: boolean): string | null {
  if (!more && !onLaterPage) return null;
  const groups = `${shown.toLocaleString('sv-SE')} ${shown === 1 ? 'grupp' : 'grupper'}`;
  if (more) return `${groups} visas på den här sidan. Det finns fler på nästa sida.`;
  return `${groups} visas på den här sidan, den sista.`;
}

/** The groups above those of the page that are not on it, for their names. */
async function parentsElsewhere(
  queries: QueryBus,
  principal: Principal,
  page: readonly GroupView[],
): Promise<GroupView[]> {
  const onPage = new Set(page.map(({ groupId }) => groupId));
  const elsewhere = [
    ...new Set(page.flatMap(({ parentGroupId }) => (parentGroupId === undefined ? [] : [parentGroupId]))),
  ].filter((groupId) => !onPage.has(groupId));
  return elsewhere.length === 0 ? [] : queries.execute(new ListGroupsByIdQuery(principal, elsewhere));
}

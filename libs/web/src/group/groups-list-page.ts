import { GROUP_LIST_CURSOR, type GroupView } from '#libs/groups';

export const GROUPS_PATH = '/grupper';

export const STALE_GROUPS_CURSOR =
  'Sidan finns inte längre (länken är fel eller gammal). Börja om från första sidan.';

/**
 * How many of the groups a page shows, in Swedish: the list goes on in pages (as GET /api/groups
 * does), so a page that does not hold them all says so instead of looking like the whole list.
 */
export function groupsShownText(shown: number, more: boolean, onLaterPage: boolean): string | null {
  if (!more && !onLaterPage) return null;
  const groups = `${shown.toLocaleString('sv-SE')} ${shown === 1 ? 'grupp' : 'grupper'}`;
  if (more) return `${groups} visas på den här sidan. Det finns fler på nästa sida.`;
  return `${groups} visas på den här sidan, den sista.`;
}

/** The page of the list: what it shows, its count text and the links to the next and first pages. */
export function groupsListPaging(page: readonly GroupView[], more: boolean, onLaterPage: boolean) {
  const last = page[page.length - 1];
  return {
    shownText: groupsShownText(page.length, more, onLaterPage),
    nextHref: more && last ? `${GROUPS_PATH}?cursor=${GROUP_LIST_CURSOR.encode(last)}` : null,
    firstHref: onLaterPage ? GROUPS_PATH : null,
    hasPages: more || onLaterPage,
  };
}

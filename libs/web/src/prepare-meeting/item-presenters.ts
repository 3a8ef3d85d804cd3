import type { GroupView } from '#libs/groups';
import type { PersonRef, Presenter } from '#libs/shared-kernel';

/**
 * The item form's Föredragande select names one member of the group; an item may have more
 * presenters (several, or people without an account, set through the API). The select shows the
 * first presenter who is a member, and saving the form changes only that one: the others are kept,
 * in their order, so editing an item's title on the page never drops its other presenters.
 */
export function memberPresenterOf(presenters: readonly Presenter[], group: GroupView): Presenter | undefined {
  const members = new Set(group.members.map(({ person }) => person.personId));
  return presenters.find(({ personId }) => personId !== undefined && members.has(personId));
}

/** The item's presenters with the member the select showed replaced by the one chosen (none: left out). */
export function withMemberPresenter(
  presenters: readonly Presenter[],
  chosen: PersonRef | undefined,
  group: GroupView,
): Presenter[] {
  const shown = memberPresenterOf(presenters, group);
  const at = shown === undefined ? 0 : presenters.indexOf(shown);
  // The one chosen is named once: where they already presented further on, they move here.
  const notChosen = ({ personId }: Presenter) => chosen === undefined || personId !== chosen.personId;
  const before = presenters.slice(0, at).filter(notChosen);
  const after = presenters.slice(shown === undefined ? at : at + 1).filter(notChosen);
  return [...before, ...(chosen ? [chosen] : []), ...after];
}

/**
 * The presenters an item form posts: the member chosen in the select (see withMemberPresenter),
 * the others kept but those ticked "ta bort" (`ta-bort-foredragande`, by their place among the
 * others), and one more without an account (`gast-namn`, `gast-titel`) when a name is typed.
 */
export function postedPresenters(
  kept: readonly Presenter[],
  chosen: PersonRef | undefined,
  removed: readonly string[],
  guest: { name: string; title: string },
  group: GroupView,
): Presenter[] {
  const shown = memberPresenterOf(kept, group);
  const removedOthers = new Set(removed.map(Number));
  const others = kept.filter((presenter) => presenter !== shown);
  const staying = kept.filter(
    (presenter) => presenter === shown || !removedOthers.has(others.indexOf(presenter)),
  );
  const presenters = withMemberPresenter(staying, chosen, group);
  if (guest.name === '') return presenters;
  return [
    ...presenters,
    guest.title === '' ? { name: guest.name } : { name: guest.name, title: guest.title },
  ];
}

import type { GroupView } from '#libs/groups';
import type { AgendaItemInput } from '#libs/meetings';
import type { AgendaItemKind, Party, Presenter, WorkEnvironmentTopic } from '#libs/shared-kernel';
import { postedPresenters } from './item-presenters.js';
import { type FormFields, type FormProblem, listOf, textOf } from './page-form.js';
import { problem } from './swedish-errors.js';

/**
 * An agenda item as its form posts it (titel, typ, avsnitt, under, föredragande, minuter, and at a
 * skyddskommitté arbetsmiljofraga; a form without that field keeps the item's topic), as the
 * command takes it. Only what a form cannot express is checked here (minutes as a number, a
 * presenter who is a member); the command checks the rest and its refusals are shown the same way.
 */
export function agendaItemOf(
  fields: FormFields,
  /** `presenters`: the item's as they are (an edit keeps those the select does not show). */
  base: {
    itemId: string;
    proposer: Party;
    presenters?: readonly Presenter[];
    workEnvironmentTopic?: WorkEnvironmentTopic;
  },
  group: GroupView,
  form: string,
): AgendaItemInput | FormProblem {
  const minutesText = textOf(fields, 'minuter');
  let estimatedMinutes: number | undefined;
  if (minutesText !== '') {
    if (!/^\d{1,4}$/.test(minutesText))
      return problem(form, 'Ange minuter som ett heltal från 1 till 600.', 'minuter');
    estimatedMinutes = Number(minutesText);
  }
  const presenterId = textOf(fields, 'foredragande');
  const presenter =
    presenterId === ''
      ? undefined
      : group.members.find(({ person }) => person.personId === presenterId)?.person;
  if (presenterId !== '' && !presenter)
    return problem(form, 'Välj en föredragande bland gruppens ledamöter.', 'foredragande');
  const sectionId = textOf(fields, 'avsnitt');
  const parentItemId = textOf(fields, 'under');
  const item: AgendaItemInput = {
    itemId: base.itemId,
    // Kept as typed: the command trims it and refuses it empty or too long.
    title: typeof fields['titel'] === 'string' ? fields['titel'] : '',
    kind: textOf(fields, 'typ') as AgendaItemKind,
    proposer: base.proposer,
  };
  const presenters = postedPresenters(
    base.presenters ?? [],
    presenter && { personId: presenter.personId, name: presenter.name },
    listOf(fields, 'ta-bort-foredragande'),
    { name: textOf(fields, 'gast-namn'), title: textOf(fields, 'gast-titel') },
    group,
  );
  if (presenters.length > 0) item.presenters = presenters;
  if (estimatedMinutes !== undefined) item.estimatedMinutes = estimatedMinutes;
  if (sectionId !== '') item.sectionId = sectionId;
  if (parentItemId !== '') item.parentItemId = parentItemId;
  // Checked by the command: a value not on the AML 6:9 list is refused at its field.
  const topic =
    'arbetsmiljofraga' in fields ? textOf(fields, 'arbetsmiljofraga') : (base.workEnvironmentTopic ?? '');
  if (topic !== '') item.workEnvironmentTopic = topic as WorkEnvironmentTopic;
  return item;
}

/** "arbetsgivaren" or "facket:<organisation>", as the proposer select posts it. */
export function proposerOf(fields: FormFields): Party {
  const value = textOf(fields, 'forslagsstallare');
  return value.startsWith('facket:')
    ? { side: 'union', organisation: value.slice('facket:'.length) }
    : { side: 'employer' };
}

import { validationError } from './errors.js';
import type { PersonRef } from './types.js';
import { MAX_NAME_LENGTH, requireName, requireText } from './validation.js';

/**
 * The Swedish central organisations (centralorganisationer) union organisations belong to: Kommunal
 * is an LO union, Vision, Vårdförbundet and Sveriges Lärare are TCO unions, Akademikerförbundet SSR
 * and the professional associations are Saco unions. A union of none (Ledarna) has no federation.
 */
export const FEDERATIONS = ['Saco', 'TCO', 'LO'] as const;
export type Federation = (typeof FEDERATIONS)[number];

export function requireFederation(value: string, field: string): Federation {
  if (!(FEDERATIONS as readonly unknown[]).includes(value))
    throw validationError.unknownFederation(field, value, FEDERATIONS);
  return value as Federation;
}

/**
 * Someone named on an item or the närvarolista who may have no account: a föredragande from
 * another unit, a consultant, an adjungerad guest. With an account they are named by it
 * (`personId`); without one, by name and title alone ("Anna Berg, HR-specialist").
 */
export interface NamedPerson {
  personId?: string;
  name: string;
  /** Their title or what they attend as, printed after the name: "HR-specialist". */
  title?: string;
}

/** Föredragande: one or more per agenda item, each with or without an account. */
export type Presenter = NamedPerson;

/** At most this many föredragande on one item: more is not a meeting's agenda but a list. */
export const MAX_PRESENTERS = 10;

export function requireNamedPerson(person: NamedPerson, field: string): NamedPerson {
  if (typeof person !== 'object' || person === null) throw validationError.textRequired(`${field}.name`);
  const checked: NamedPerson = { name: requireName(person.name, `${field}.name`) };
  if (person.personId !== undefined)
    checked.personId = requireText(person.personId, `${field}.personId`, MAX_NAME_LENGTH);
  if (person.title !== undefined) checked.title = requireName(person.title, `${field}.title`);
  // personId first, as a PersonRef reads, so stored JSON keeps one key order.
  return checked.personId === undefined
    ? checked
    : { personId: checked.personId, name: checked.name, ...(checked.title ? { title: checked.title } : {}) };
}

/** The presenters of one item: each checked, none twice (by account, or by name without one). */
export function requirePresenters(presenters: readonly Presenter[], field: string): Presenter[] {
  if (!Array.isArray(presenters)) throw validationError.invalidValue(field, presenters, ['a list']);
  if (presenters.length > MAX_PRESENTERS)
    throw validationError.invalidValue(field, `${presenters.length} presenters`, [
      `at most ${MAX_PRESENTERS}`,
    ]);
  const checked = presenters.map((presenter, index) => requireNamedPerson(presenter, `${field}[${index}]`));
  const seen = new Set<string>();
  for (const presenter of checked) {
    const key = presenter.personId ?? `name:${presenter.name.toLocaleLowerCase('sv')}`;
    if (seen.has(key))
      throw validationError.invalidValue(field, presenter.personId ?? presenter.name, [
        'each presenter once',
      ]);
    seen.add(key);
  }
  return checked;
}

/**
 * The presenters of an item recorded in any shape: items recorded before several presenters were
 * kept carry one `presenter` (a PersonRef), and stored read models may still hold that shape.
 */
export function presentersOf(item: {
  presenters?: readonly Presenter[];
  presenter?: PersonRef;
}): Presenter[] {
  if (item.presenters !== undefined) return [...item.presenters];
  return item.presenter ? [item.presenter] : [];
}

/** "Anna Berg, HR-specialist", or the name alone. */
export const nameWithTitle = ({ name, title }: NamedPerson): string => (title ? `${name}, ${title}` : name);

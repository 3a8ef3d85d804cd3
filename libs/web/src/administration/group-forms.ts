import { GROUP_LEVELS, type GroupLevel } from '#libs/groups';
import type { Party } from '#libs/shared-kernel';
import { type FormFields, listOf, textOf } from '../prepare-meeting/page-form.js';

/**
 * How the group forms name a party in one select: the employer, a union organisation by name, or
 * none (a medarbetare at an APT, which has no formal parties).
 */
export const EMPLOYER_CHOICE = 'arbetsgivaren';
export const UNION_CHOICE_PREFIX = 'facket:';
export const NO_PARTY_CHOICE = 'medarbetare';

export const unionChoice = (organisation: string) => `${UNION_CHOICE_PREFIX}${organisation}`;

/** The party chosen, undefined for none, or 'invalid' for a value no option has. */
export function partyOfChoice(choice: string): Party | undefined | 'invalid' {
  if (choice === EMPLOYER_CHOICE) return { side: 'employer' };
  if (choice === NO_PARTY_CHOICE) return undefined;
  if (choice.startsWith(UNION_CHOICE_PREFIX) && choice.length > UNION_CHOICE_PREFIX.length) {
    return { side: 'union', organisation: choice.slice(UNION_CHOICE_PREFIX.length) };
  }
  return 'invalid';
}

/**
 * The levels ticked, in the order the form lists them (CSG, FSG, VSG, LSG, APT), which is the order
 * a combined group prints them ("FSG/VSG"). A value that is no level is passed on as it is: the
 * decider refuses it (GROUP.INVALID_LEVEL) as it refuses it from the API.
 */
export function levelsOf(fields: FormFields): GroupLevel[] {
  const ticked = listOf(fields, 'nivaer');
  const known = GROUP_LEVELS.filter((level) => ticked.includes(level));
  const unknown = ticked.filter((value) => !(GROUP_LEVELS as readonly string[]).includes(value));
  return [...known, ...(unknown as GroupLevel[])];
}

/** A checkbox sent as ticked. */
export const isTicked = (fields: FormFields, name: string) => textOf(fields, name) === 'ja';

/** A whole number as typed ("7"), else NaN, which the decider refuses as it refuses it from the API. */
export function wholeNumberOf(text: string): number {
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

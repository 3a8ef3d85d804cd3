import { validationError } from './errors.js';
import type { IsoDate, IsoInstant, Party, PartyStatement, PersonRef } from './types.js';

/** Limits that stop absurd input without cutting real minutes (seed 002's longest item is ~3,500). */
export const MAX_TITLE_LENGTH = 300;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 50_000;

/** Refuses empty or whitespace-only text and absurd lengths; returns the text trimmed. */
export function requireText(value: string, field: string, maxLength = MAX_TEXT_LENGTH): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw validationError.textRequired(field);
  if (trimmed.length > maxLength) throw validationError.textTooLong(field, maxLength, trimmed.length);
  return trimmed;
}

export function requireName(value: string, field: string): string {
  return requireText(value, field, MAX_NAME_LENGTH);
}

export function requireTitle(value: string, field: string): string {
  return requireText(value, field, MAX_TITLE_LENGTH);
}

export function requirePerson(person: PersonRef, field: string): PersonRef {
  return {
    personId: requireText(person.personId, `${field}.personId`, MAX_NAME_LENGTH),
    name: requireName(person.name, `${field}.name`),
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict calendar check: the shape alone would let 2019-02-30 through, `Date` would roll it over. */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isValidUtcInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string') return false;
  const match = UTC_INSTANT.exec(value);
  if (!match || !isValidIsoDate(match[1])) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  return hour < 24 && minute < 60 && second < 60;
}

export function requireDate(value: IsoDate, field: string): IsoDate {
  if (!isValidIsoDate(value)) throw validationError.invalidDate(field, value);
  return value;
}

export function requireInstant(value: IsoInstant, field: string): IsoInstant {
  if (!isValidUtcInstant(value)) throw validationError.invalidInstant(field, value);
  return value;
}

export function requireOneOf<T>(value: T, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value)) throw validationError.invalidValue(field, value, allowed);
  return value;
}

/** A union party must name an organisation on the tenant's list (the list arrives with the command). */
export function requireParty(party: Party, unionOrganisations: readonly string[], field: string): Party {
  requireOneOf(party.side, ['employer', 'union'] as const, `${field}.side`);
  if (party.side === 'employer') return { side: 'employer' };
  return {
    side: 'union',
    organisation: requireUnionOrganisation(party.organisation, unionOrganisations, `${field}.organisation`),
  };
}

export function requireUnionOrganisation(
  name: string,
  unionOrganisations: readonly string[],
  field: string,
): string {
  const organisation = requireName(name, field);
  if (!unionOrganisations.includes(organisation)) {
    throw validationError.unknownUnionOrganisation(field, organisation, unionOrganisations);
  }
  return organisation;
}

export function requireStatements(
  statements: readonly PartyStatement[],
  unionOrganisations: readonly string[],
  field: string,
): PartyStatement[] {
  return statements.map((statement, index) => ({
    party: requireParty(statement.party, unionOrganisations, `${field}[${index}].party`),
    text: requireText(statement.text, `${field}[${index}].text`),
  }));
}

/** Two parties are the same; no party (a medarbetare at an APT) is the same only as no party. */
export function sameParty(a: Party | undefined, b: Party | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.side === 'employer' || b.side === 'employer') return a.side === b.side;
  return a.organisation === b.organisation;
}

/** "arbetsgivaren" or the organisation's name, as documents print it. */
export function describeParty(party: Party): string {
  return party.side === 'employer' ? 'arbetsgivaren' : party.organisation;
}

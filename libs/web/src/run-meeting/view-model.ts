/** What the views of Under mötet are made of: fields, options, a refused form, ids. */
import type { PostedForm } from './under-motet-form.js';

/** A refused form, shown again with what was typed, the reason next to its field, or the stale edit. */
export interface FormOutcome {
  formId: string;
  values: PostedForm;
  fieldErrors: Record<string, string>;
  problem: { heading: string; text: string } | null;
  /** Someone else saved this part first: what is saved now, beside what the person typed. */
  savedNow: string | null;
}

export interface Option {
  value: string;
  label: string;
  selected: boolean;
}

export interface Field {
  name: string;
  id: string;
  value: string;
  error: string | null;
}

/** The id of a field's input, which the error summary links to. */
export const fieldAnchor = (formId: string, name: string) =>
  name.startsWith('adj-namn-') ? name : `${formId}-${name}`;

/** Ids and anchors from any id (a UUID, "i-info", an organisation's name with å, ä, ö). */
export const slug = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

import type { Response } from 'express';
import { type FormFields, type FormProblem, listOf, textOf } from '../prepare-meeting/page-form.js';

/**
 * What the administration pages' forms share: each input's id is `<form>-<field>` (unique on the
 * page), so a refused form's error summary at the top of the page links to the very field, and
 * each field shows its own message with what was typed kept.
 */

/** One input as a template shows it. */
export interface AdminField {
  id: string;
  name: string;
  value: string;
  error: string | null;
}

/** The summary at the top of the page: one link per field message (a message of no field, as text). */
export interface ErrorSummary {
  heading: string;
  items: { href: string | null; text: string }[];
}

/** A refused form and what it posted, as the page is rendered again with it. */
export interface Refusal {
  problem: FormProblem;
  posted: FormFields;
}

export function errorSummaryOf(refusal: Refusal | null): ErrorSummary | null {
  if (!refusal) return null;
  const { problem } = refusal;
  const fields = Object.entries(problem.fields);
  return {
    heading:
      fields.length === 0 ? 'Det gick inte att spara' : 'Det gick inte att spara. Rätta det som är markerat:',
    items:
      fields.length === 0
        ? [{ href: null, text: problem.message }]
        : fields.map(([name, text]) => ({ href: `#${problem.form}-${name}`, text })),
  };
}

/** The fields of one form: a refused form keeps what was typed, every other form shows `initial`. */
export function formFields(refusal: Refusal | null, form: string) {
  const own = refusal?.problem.form === form ? refusal : null;
  const field = (name: string, initial = ''): AdminField => ({
    id: `${form}-${name}`,
    name,
    value: own ? textOf(own.posted, name) : initial,
    error: own?.problem.fields[name] ?? null,
  });
  /** The values of a repeated field (checkboxes) as posted, or `initial` when this form was not refused. */
  const chosen = (name: string, initial: readonly string[]): Set<string> =>
    new Set(own ? listOf(own.posted, name) : initial);
  return { field, chosen, refused: own !== null };
}

/** Options of a select, the chosen one marked. */
export const optionsOf = (choices: readonly { value: string; label: string }[], selected: string) =>
  choices.map((choice) => ({ ...choice, selected: choice.value === selected }));

/**
 * Checkboxes or radios of one field, the chosen ones checked. The first one takes the field's own
 * id, so the error summary's link to the field lands on it.
 */
export const choicesOf = (
  form: string,
  name: string,
  choices: readonly { value: string; label: string }[],
  checked: Set<string>,
) =>
  choices.map((choice, index) => ({
    ...choice,
    id: index === 0 ? `${form}-${name}` : `${form}-${name}-${index}`,
    name,
    checked: checked.has(choice.value),
  }));

/** An administration page as HTML: never cached (it holds CSRF tokens, and a token may be on it once). */
export function sendPage(response: Response, status: number, html: string): void {
  response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
}

/** What a successful form says after its redirect (?klart=…), so the result is announced. */
export const doneMessageOf = (messages: Record<string, string>, done: unknown): string | null =>
  typeof done === 'string' ? (messages[done] ?? null) : null;

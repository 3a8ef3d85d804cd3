import { randomUUID } from 'node:crypto';
import type { CommandContext } from '#libs/shared-kernel';
import { missingCsrfToken } from '../pages/page-errors.js';
import { hasValidCsrfToken, type PageRequest } from '../pages/page-request.js';

/** A posted form's text fields (a repeated name keeps its values as a list, see `listOf`). */
export type FormFields = Record<string, string | string[] | undefined>;

/** What a form posted, or {} for anything that is not a form body. */
export function formFieldsOf(request: PageRequest): FormFields {
  const body = request.body as unknown;
  return typeof body === 'object' && body !== null ? (body as FormFields) : {};
}

/** One field as text, trimmed; '' when absent or sent more than once. */
export function textOf(fields: FormFields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A field that may be sent many times (checkboxes): its values. */
export function listOf(fields: FormFields, name: string): string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((entry) => typeof entry === 'string');
}

/**
 * The command context of a page's form, as the API builds it from its headers: the caller, and the
 * stream version the page was rendered from (the hidden `version` field, the API's If-Match), so a
 * form sent from a page someone else has changed since is refused (412) instead of overwriting.
 * Refuses (403) a form without this session's CSRF token before anything is read.
 */
export function formCommandContext(request: PageRequest, fields: FormFields): CommandContext {
  if (!hasValidCsrfToken(request)) throw missingCsrfToken();
  const principal = request.principal;
  if (!principal) throw new Error('the guard let an anonymous request through');
  const version = textOf(fields, 'version');
  return {
    principal,
    expectedVersion: /^\d{1,15}$/.test(version) ? Number(version) : undefined,
    correlationId: randomUUID(),
  };
}

/** A form's problem as the page shows it: a summary at the form and a message per field. */
export interface FormProblem {
  /** Which form on the page it belongs to ("schema", "punkt-i-3", "kallelse"). */
  form: string;
  message: string;
  fields: Record<string, string>;
}

/** A form's message above it, when no field shows it (a message at its field is not said twice). */
export const summaryOf = (problem: FormProblem | null) =>
  problem && Object.keys(problem.fields).length === 0 ? problem.message : null;

/** Whether a form reader gave back a problem rather than the command's input. */
export const isProblem = (value: unknown): value is FormProblem =>
  typeof value === 'object' && value !== null && 'form' in value && 'fields' in value;

import type { ValidationError } from 'class-validator';
import type { DomainError } from '#libs/ddd';
import { invalidRequest, REQUEST_ERROR } from './http-errors.js';

/** One invalid field of a request body, named by its path (`items[2].title`). */
export interface FieldError {
  field: string;
  messages: string[];
}

/** Flattens class-validator's tree into one entry per invalid field, with array indexes in brackets. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = pathOf(parent, error.property);
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

function pathOf(parent: string, property: string): string {
  if (parent === '') return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

/**
 * The ValidationPipe's exceptionFactory: invalid (400) REQUEST.INVALID with an `errors` list. Messages name
 * the full path, because class-validator names only the last property ("title must be…").
 */
export function invalidBody(errors: ValidationError[]): DomainError {
  const list = fieldErrors(errors).map(({ field, messages }) => ({
    field,
    messages: messages.map((message) => withFullPath(field, message)),
  }));
  return invalidFields(list);
}

/** 400 REQUEST.INVALID with one entry per field, for the ValidationPipe and the checks before it alike. */
export function invalidFields(list: FieldError[]): DomainError {
  const summary = list.flatMap(({ messages }) => messages).join('; ');
  return invalidRequest(REQUEST_ERROR.INVALID, `The request is invalid: ${summary}`, { errors: list });
}

function withFullPath(field: string, message: string): string {
  const last = field.replace(/^.*[.[]/, '').replace(/]$/, '');
  return message.startsWith(`${last} `) && field !== last ? `${field}${message.slice(last.length)}` : message;
}

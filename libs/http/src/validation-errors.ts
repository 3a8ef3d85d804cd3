import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

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
 * The ValidationPipe's exceptionFactory: 400 REQUEST.INVALID with an `errors` list. Messages name
 * the full path, because class-validator names only the last property ("title must be…").
 */
export function invalidRequest(errors: ValidationError[]): BadRequestException {
  const list = fieldErrors(errors).map(({ field, messages }) => ({
    field,
    messages: messages.map((message) => withFullPath(field, message)),
  }));
  const summary = list.flatMap(({ messages }) => messages).join('; ');
  return new BadRequestException({
    code: 'REQUEST.INVALID',
    message: `The request is invalid: ${summary}`,
    errors: list,
  });
}

function withFullPath(field: string, message: string): string {
  const last = field.replace(/^.*[.[]/, '').replace(/]$/, '');
  return message.startsWith(`${last} `) && field !== last ? `${field}${message.slice(last.length)}` : message;
}

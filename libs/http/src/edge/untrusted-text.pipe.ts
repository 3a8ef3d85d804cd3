import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { invalidFields } from '../validation-errors.js';
import { untrustedInputProblems } from './untrusted-input.js';

/**
 * A global pipe for what enters through the URL: every path parameter and query value is checked
 * for NUL (which PostgreSQL refuses, a 500 as a query parameter) and unpaired surrogates, and
 * refused with 400 REQUEST.INVALID naming the parameter. Bodies are checked before parsing ends
 * (checkParsedBody); custom parameters (the principal) are ours and pass untouched.
 */
export class UntrustedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const problems = untrustedInputProblems(value, metadata.data ?? '');
    if (problems.length > 0) throw invalidFields(problems);
    return value;
  }
}

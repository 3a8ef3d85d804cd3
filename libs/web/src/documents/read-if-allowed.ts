import type { IQuery, QueryBus } from '@nestjs/cqrs';
import type { Query } from '@nestjs/cqrs';
import { DomainError } from '#libs/ddd';

/**
 * A query whose refusal means "not for you" or "not there yet" rather than an error of the page:
 * a kallelse an employee may not read, a document the worker has not rendered, a meeting the caller
 * is no member of. Anything else (a database outage) still fails the page.
 */
export async function readIfAllowed<Result>(
  queries: QueryBus,
  query: Query<Result> & IQuery,
): Promise<Result | undefined> {
  try {
    return await queries.execute(query);
  } catch (error) {
    if (error instanceof DomainError && (error.kind === 'forbidden' || error.kind === 'not_found')) {
      return undefined;
    }
    throw error;
  }
}

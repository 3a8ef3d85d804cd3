import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import {
  AccountNotFoundError,
  ApiTokenNotFoundError,
  EmailTakenError,
  IdentityError,
  InvalidAccountInputError,
  InvalidCredentialsError,
  LastAdminError,
  PasswordPolicyError,
} from '../shared/identity-errors.js';

const STATUS_OF = new Map<new (...args: never[]) => IdentityError, HttpStatus>([
  [InvalidCredentialsError, HttpStatus.UNAUTHORIZED],
  [AccountNotFoundError, HttpStatus.NOT_FOUND],
  [ApiTokenNotFoundError, HttpStatus.NOT_FOUND],
  [EmailTakenError, HttpStatus.CONFLICT],
  [LastAdminError, HttpStatus.CONFLICT],
  [PasswordPolicyError, HttpStatus.BAD_REQUEST],
  [InvalidAccountInputError, HttpStatus.BAD_REQUEST],
]);

/** The HTTP status and `{ code, message }` body for an identity error, for the global filter to render. */
export function httpExceptionFor(error: IdentityError): HttpException {
  const status = STATUS_OF.get(error.constructor as new () => IdentityError) ?? HttpStatus.BAD_REQUEST;
  return new HttpException({ code: error.code, message: error.message }, status, { cause: error });
}

/**
 * Maps the identity module's typed errors to HttpExceptions on the identity controllers, so the
 * services stay free of HTTP and the global filter sees the usual `code` field.
 */
@Injectable()
export class IdentityErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof IdentityError ? httpExceptionFor(error) : error)),
        ),
      );
  }
}

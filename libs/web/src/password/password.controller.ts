import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ChangePassword,
  type Clock,
  IDENTITY_CLOCK,
  IDENTITY_SETTINGS,
  type IdentitySettings,
  InvalidCredentialsError,
  PasswordPolicyError,
  TooManyLoginAttemptsError,
  writeSessionCookie,
} from '#libs/identity';
import { missingCsrfToken } from '../pages/page-errors.js';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { hasValidCsrfToken, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { throttledProblem, type SignInProblem } from '../sign-in/sign-in-form.js';
import { PageRenderer } from '../views/page-renderer.js';
import {
  type PasswordField,
  passwordFieldErrors,
  policyError,
  POLICY_TEXT,
  readPasswordForm,
  WRONG_CURRENT_PASSWORD,
} from './password-form.js';

const PATH = '/konto/losenord';

/**
 * /konto/losenord: a signed-in person changes their password through identity's ChangePassword
 * (the current password under the sign-in throttle, the password policy, every session ended),
 * and gets the new session's cookie. A refusal is said next to its field; nothing changes.
 */
@ApiExcludeController()
@Controller('konto/losenord')
@UseFilters(PageExceptionFilter)
export class PasswordController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly changePassword: ChangePassword,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Inject(IDENTITY_CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  show(@Req() request: PageRequest, @Res() response: Response, @Query('klart') done: unknown): void {
    this.send(request, response, 200, { done: done === 'ja' });
  }

  @Post()
  async submit(@Req() request: PageRequest, @Res() response: Response, @Body() body: unknown): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    if (!hasValidCsrfToken(request)) throw missingCsrfToken();
    const form = readPasswordForm(body);
    const errors = passwordFieldErrors(form);
    if (Object.keys(errors).length > 0) return this.send(request, response, 400, { errors });
    try {
      const session = await this.changePassword.run({
        tenantId: principal.tenantId,
        accountId: principal.accountId,
        currentPassword: form.currentPassword,
        newPassword: form.newPassword,
        clientAddress: request.ip,
      });
      writeSessionCookie(response, session.token, session.expiresAt, this.settings);
      response.redirect(303, `${PATH}?klart=ja`);
    } catch (error) {
      if (error instanceof PasswordPolicyError) {
        return this.send(request, response, 400, { errors: { newPassword: policyError(form.newPassword) } });
      }
      if (error instanceof InvalidCredentialsError) {
        return this.send(request, response, 400, { errors: { currentPassword: WRONG_CURRENT_PASSWORD } });
      }
      if (error instanceof TooManyLoginAttemptsError) {
        const seconds = Number(error.details['retryAfterSeconds']);
        response.setHeader('Retry-After', String(seconds));
        return this.send(request, response, 429, { problem: throttledProblem(seconds, this.clock.now()) });
      }
      throw error;
    }
  }

  private send(
    request: PageRequest,
    response: Response,
    status: number,
    state: { done?: boolean; errors?: Partial<Record<PasswordField, string>>; problem?: SignInProblem },
  ): void {
    const errors = state.errors ?? {};
    const field = (name: PasswordField) => ({ error: errors[name] ?? null });
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('byt-losenord', {
          title: 'Byt lösenord',
          signedIn: signedInHeaderOf(request),
          done: state.done ?? false,
          problem: state.problem ?? (Object.keys(errors).length > 0 ? FIX_FIELDS : null),
          policyText: POLICY_TEXT,
          fields: {
            currentPassword: field('currentPassword'),
            newPassword: field('newPassword'),
            repeatPassword: field('repeatPassword'),
          },
        }),
      );
  }
}

const FIX_FIELDS: SignInProblem = {
  heading: 'Lösenordet är inte bytt',
  text: 'Rätta det som är markerat och försök igen.',
};

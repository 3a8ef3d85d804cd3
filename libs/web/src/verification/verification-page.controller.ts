import { Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppConfig } from '#libs/config';
import { DomainError } from '#libs/ddd';
import { statusOf } from '#libs/http';
import { Public } from '#libs/identity';
import {
  readUpload,
  type VerificationAnswer,
  verificationError,
  VerificationThrottle,
  VerifyCopies,
} from '#libs/meeting-documents';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import { PageRenderer } from '../views/page-renderer.js';
import {
  problemOf,
  resultOf,
  type VerificationField,
  type VerificationProblem,
} from './verification-view.js';

/**
 * `/verifiera`: anyone checks a copy of a justerat document, by uploading the PDF or pasting its
 * SHA-256, through the same VerifyCopies and throttle as POST /api/verification. No CSRF token:
 * a verification changes nothing and its answer goes only to the browser that asked (the edge
 * still refuses a POST another site sends).
 */
@ApiExcludeController()
@Controller('verifiera')
@UseFilters(PageExceptionFilter)
export class VerificationPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly verify: VerifyCopies,
    private readonly throttle: VerificationThrottle,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  show(@Req() request: PageRequest, @Res() response: Response): void {
    this.send(request, response, 200, {});
  }

  @Public()
  @Post()
  async submit(@Req() request: PageRequest, @Res() response: Response): Promise<void> {
    const upload = request.is('multipart/form-data');
    const field: VerificationField = upload ? 'fil' : 'kontrollsumma';
    const typed = upload ? '' : textOf((request.body as Record<string, unknown> | undefined)?.['sha256']);
    try {
      this.throttle.take(request.ip);
      if (!upload && typed.trim() === '') throw verificationError.nothingToVerify('the hash field is empty');
      const answer = upload ? await this.verifyUpload(request, response) : await this.verify.byHash(typed);
      this.send(request, response, 200, { answer, sha256: typed });
    } catch (error) {
      const problem = problemOf(error, field, this.maxBytes);
      if (!problem || !(error instanceof DomainError)) throw error;
      if (error.kind === 'rate_limited')
        response.setHeader('Retry-After', String(error.details['retryAfterSeconds']));
      this.send(request, response, statusOf(error.kind), { problem, sha256: typed });
    }
  }

  private async verifyUpload(request: PageRequest, response: Response): Promise<VerificationAnswer> {
    const { file } = await readUpload(request, response, this.maxBytes);
    return this.verify.byFile(file ?? Buffer.alloc(0));
  }

  private get maxBytes(): number {
    return this.config.verificationMaxUploadBytes;
  }

  private send(
    request: PageRequest,
    response: Response,
    status: number,
    state: { answer?: VerificationAnswer; problem?: VerificationProblem; sha256?: string },
  ): void {
    const { problem } = state;
    response
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        this.renderer.render('verifiera', {
          title: 'Verifiera en kopia',
          signedIn: signedInHeaderOf(request),
          result: state.answer ? resultOf(state.answer) : null,
          errorSummary: problem
            ? {
                heading: 'Kopian kunde inte verifieras',
                items: [{ href: `#${problem.field}`, text: problem.text }],
              }
            : null,
          done: null,
          errors: {
            fil: problem?.field === 'fil' ? problem.text : null,
            kontrollsumma: problem?.field === 'kontrollsumma' ? problem.text : null,
          },
          sha256: state.sha256 ?? '',
          maxMegabytes: Math.floor(this.maxBytes / (1024 * 1024)),
        }),
      );
  }
}

/** What was typed, kept for the form (a hash is 64 characters; more is cut, never echoed whole). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 200) : '');

import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '#libs/config';
import { ApiProblems, invalidRequest, REQUEST_ERROR } from '#libs/http';
import { Public } from '#libs/identity';
import { VerificationThrottle } from './address-throttle.js';
import { readUpload } from './read-upload.js';
import { VERIFICATION_ERROR, verificationError } from './verification-errors.js';
import { type VerificationAnswer, VerifyCopies } from './verify-copies.js';

const SHA256_SCHEMA = {
  type: 'string',
  pattern: '^[0-9a-fA-F]{64}$',
  description: 'The file’s SHA-256, hex',
};

/**
 * Anyone holding a copy of a justerat document checks that it is the one the service issued:
 * by the file itself or by its SHA-256. Public (a copy travels to people without an account),
 * throttled per address, and it records nothing.
 */
@ApiTags('verification')
@Controller('api/verification')
export class VerificationController {
  constructor(
    private readonly verify: VerifyCopies,
    private readonly throttle: VerificationThrottle,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify a copy of a justerat protocol: the PDF, or its SHA-256',
    description:
      'Looks the file’s SHA-256 up among the sealed copies the service issued (every justerat protokoll, ' +
      'protokollsutdrag and minnesanteckningar PDF is sealed once and served as that identical file), in ' +
      'every organisation. A match names the document, its revision, organisation, group, meeting number ' +
      'and date, when it was justerat and by whom; nothing of its content. A file altered by one byte does ' +
      'not match. No sign-in; 60 verifications a minute per client address; nothing is recorded.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      description: 'multipart/form-data with the PDF in `file`, or JSON with `sha256`',
      properties: { file: { type: 'string', format: 'binary' }, sha256: SHA256_SCHEMA },
    },
  })
  @ApiOkResponse({
    description: 'Whether the copy is one the service issued, and if so which',
    schema: {
      type: 'object',
      required: ['match', 'sha256'],
      properties: {
        match: { type: 'boolean' },
        sha256: SHA256_SCHEMA,
        document: { type: 'string', enum: ['protokoll', 'protokollsutdrag', 'minnesanteckningar'] },
        paragraph: { type: 'integer', description: 'The § of a protokollsutdrag' },
        revision: { type: 'integer' },
        organisation: { type: 'string', nullable: true },
        group: { type: 'string' },
        meeting: {
          type: 'object',
          properties: {
            number: { type: 'string', example: '2/2019' },
            date: { type: 'string', format: 'date' },
          },
        },
        justeradAt: { type: 'string', format: 'date-time' },
        approvals: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              party: { type: 'string', example: 'Vision' },
              at: { type: 'string', format: 'date-time', nullable: true },
            },
          },
        },
      },
    },
  })
  @ApiProblems({
    400: [
      REQUEST_ERROR.INVALID,
      REQUEST_ERROR.MALFORMED_JSON,
      VERIFICATION_ERROR.INVALID_HASH,
      VERIFICATION_ERROR.NOTHING_TO_VERIFY,
    ],
    // A JSON body over 256 kB is the edge's; a file over VERIFICATION_MAX_UPLOAD_BYTES this endpoint's.
    413: [REQUEST_ERROR.TOO_LARGE, VERIFICATION_ERROR.TOO_LARGE],
    415: [VERIFICATION_ERROR.NOT_A_PDF],
    429: [VERIFICATION_ERROR.TOO_MANY_REQUESTS],
  })
  async verifyCopy(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VerificationAnswer> {
    this.throttle.take(request.ip);
    // A verification is about one file at one moment; no cache keeps it.
    response.setHeader('Cache-Control', 'no-store');
    if (request.is('multipart/form-data')) {
      const upload = await readUpload(request, response, this.config.verificationMaxUploadBytes);
      if (upload.file) return this.verify.byFile(upload.file);
      if (upload.fields['sha256'] !== undefined) return this.verify.byHash(upload.fields['sha256']);
      throw verificationError.nothingToVerify('no file was sent');
    }
    return this.verify.byHash(sha256Of(request.body));
  }
}

/** The JSON body's one field; anything else in it is refused rather than ignored. */
function sha256Of(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Object.keys(body).length === 0)
    throw verificationError.nothingToVerify('the body has neither a file nor a sha256');
  const unknown = Object.keys(body).filter((key) => key !== 'sha256');
  if (unknown.length > 0)
    throw invalidRequest(
      REQUEST_ERROR.INVALID,
      `Unknown field(s): ${unknown.join(', ')}; only sha256 is read`,
    );
  return (body as { sha256?: unknown }).sha256;
}

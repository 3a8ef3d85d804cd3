import { DomainError } from '#libs/ddd';

/** The codes of POST /api/verification (and what the /verifiera page says for each). */
export const VERIFICATION_ERROR = {
  NOT_A_PDF: 'VERIFICATION.NOT_A_PDF',
  INVALID_HASH: 'VERIFICATION.INVALID_HASH',
  NOTHING_TO_VERIFY: 'VERIFICATION.NOTHING_TO_VERIFY',
  TOO_LARGE: 'VERIFICATION.TOO_LARGE',
  TOO_MANY_REQUESTS: 'VERIFICATION.TOO_MANY_REQUESTS',
} as const;

export type VerificationErrorCode = (typeof VERIFICATION_ERROR)[keyof typeof VERIFICATION_ERROR];

export const verificationError = {
  notAPdf: () =>
    new DomainError(
      'unsupported_media_type',
      VERIFICATION_ERROR.NOT_A_PDF,
      'The file is not a PDF (it does not begin with %PDF-): only a PDF the service issued can be verified',
    ),
  invalidHash: () =>
    new DomainError(
      'invalid',
      VERIFICATION_ERROR.INVALID_HASH,
      'sha256 must be the file’s SHA-256 as 64 hexadecimal digits',
      { field: 'sha256' },
    ),
  nothingToVerify: (why: string) =>
    new DomainError(
      'invalid',
      VERIFICATION_ERROR.NOTHING_TO_VERIFY,
      `Nothing to verify: ${why}. Send the PDF as multipart/form-data in the field "file", or JSON { "sha256": "<64 hex digits>" }`,
    ),
  tooLarge: (maxBytes: number) =>
    new DomainError(
      'too_large',
      VERIFICATION_ERROR.TOO_LARGE,
      `The file is larger than the ${maxBytes} bytes a verification takes (VERIFICATION_MAX_UPLOAD_BYTES)`,
      { maxBytes },
    ),
  tooManyRequests: (retryAfterSeconds: number) =>
    new DomainError(
      'rate_limited',
      VERIFICATION_ERROR.TOO_MANY_REQUESTS,
      `Too many verifications from this address; try again in ${retryAfterSeconds} seconds`,
      { retryAfterSeconds },
    ),
};

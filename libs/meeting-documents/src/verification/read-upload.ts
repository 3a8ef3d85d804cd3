import type { Request, Response } from 'express';
import multer from 'multer';
import { invalidRequest, REQUEST_ERROR } from '#libs/http';
import { verificationError } from './verification-errors.js';

/** What a multipart verification sent: the file (if any) and its text fields. */
export interface Upload {
  file?: Buffer;
  fields: Record<string, unknown>;
}

/**
 * Reads a multipart/form-data body into memory: one file, in the field `file`, of at most
 * `maxBytes`, and a few short text fields (the page's). Multer stops reading at the limit, so a
 * larger file is never held whole.
 */
export function readUpload(request: Request, response: Response, maxBytes: number): Promise<Upload> {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
  }).single('file');
  return new Promise((resolve, reject) => {
    parse(request, response, (error: unknown) => {
      if (error) return reject(uploadError(error, maxBytes));
      const file = (request as Request & { file?: Express.Multer.File }).file;
      // A browser's form with no file chosen sends an empty part without a file name.
      const chosen = file && (file.size > 0 || file.originalname !== '') ? file.buffer : undefined;
      resolve({ ...(chosen ? { file: chosen } : {}), fields: { ...(request.body as object) } });
    });
  });
}

function uploadError(error: unknown, maxBytes: number): Error {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return verificationError.tooLarge(maxBytes);
    if (error.code === 'LIMIT_UNEXPECTED_FILE')
      return verificationError.nothingToVerify(
        `the file must be sent in the field "file", not "${error.field}"`,
      );
    return invalidRequest(REQUEST_ERROR.INVALID, `The upload is refused: ${error.message}`);
  }
  // busboy: a body that is no well-formed multipart (no boundary, cut short).
  return invalidRequest(REQUEST_ERROR.INVALID, 'The body is not a well-formed multipart/form-data upload');
}

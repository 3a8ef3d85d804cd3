import type request from 'supertest';

/** supertest parser that keeps any body as bytes (PDF, HTML, .ics alike): `.buffer(true).parse(binaryBody)`. */
export function binaryBody(
  response: request.Response,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

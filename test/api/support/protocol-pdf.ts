import type request from 'supertest';
import { firstDifference, pdfWords } from '../../../libs/documents/src/testing/document-words.fixtures.js';
import { binaryBody } from '../../support/binary-body.js';

/**
 * Reads a document's PDF as `caller` and checks it says the same words, in the same order, as its
 * HTML (`htmlWords`); answers the PDF's words for what a test looks for in them.
 */
export async function pdfSayingTheSame(
  caller: { get(path: string): request.Test },
  path: string,
  htmlWords: readonly string[],
): Promise<string[]> {
  const pdf = await caller.get(path).buffer(true).parse(binaryBody).expect(200);
  const words = await pdfWords(pdf.body as Buffer);
  expect(firstDifference([...htmlWords], words)).toBeUndefined();
  return words;
}

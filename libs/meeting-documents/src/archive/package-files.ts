import { createHash } from 'node:crypto';

/** One file of an archive package, at its path inside the ZIP (forward slashes, from the root). */
export interface PackageFile {
  path: string;
  mimeType: string;
  body: Buffer;
}

/** What METS.xml says of a file: where it is, what it is, how big, and its SHA-256 (hex). */
export interface DescribedFile {
  path: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export const describeFile = ({ path, mimeType, body }: PackageFile): DescribedFile => ({
  path,
  mimeType,
  size: body.length,
  sha256: createHash('sha256').update(body).digest('hex'),
});

/** The folders of the package (E-ARK CSIP): see docs/archive-package.md. */
export const PACKAGE_PATHS = {
  mets: 'METS.xml',
  meeting: 'metadata/descriptive/meeting.xml',
  data: 'representations/rep1/data',
  eventLog: 'representations/rep1/data/handelselogg.jsonl',
} as const;

/** XML text never carries C0 control characters (XML 1.0 forbids them): they become U+FFFD. */
export const XML_OPTIONS = { version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' } as const;

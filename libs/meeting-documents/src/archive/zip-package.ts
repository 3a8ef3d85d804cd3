import { ZipFile } from 'yazl';
import type { PackageFile } from './package-files.js';

/**
 * The package as a ZIP (yazl), files in the order given, every entry stamped with the package's
 * creation time so the same package made at the same moment is the same bytes.
 */
export function zipPackage(files: readonly PackageFile[], createdAt: Date): Promise<Buffer> {
  const zip = new ZipFile();
  for (const { path, body } of files) {
    zip.addBuffer(body, path, { mtime: createdAt, mode: 0o100644 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntryRead {
  path: string;
  body: Buffer;
  /** The entry's modification time as the ZIP stores it. */
  modified: Date;
}

const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * Every file of a ZIP, in the order of its central directory, read with yauzl (which checks each
 * entry's size and CRC-32 as it reads: a damaged archive rejects).
 */
export async function readZip(zip: Buffer): Promise<ZipEntryRead[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true, validateEntrySizes: true });
  return new Promise<ZipEntryRead[]>((resolve, reject) => {
    const entries: ZipEntryRead[] = [];
    file.on('error', reject);
    file.on('end', () => resolve(entries));
    file.on('entry', (entry: yauzl.Entry) => {
      file
        .openReadStreamPromise(entry)
        .then(readAll)
        .then((body) => {
          entries.push({ path: entry.fileName, body, modified: entry.getLastModDate() });
          file.readEntry();
        })
        .catch(reject);
    });
    file.readEntry();
  });
}

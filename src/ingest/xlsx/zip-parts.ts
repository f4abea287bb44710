import type { Readable } from 'node:stream';
import unzipper, { type CentralDirectoryFile } from 'unzipper';

/** The parts of a ZIP archive by path, read through its central directory. */
export interface ZipParts {
  /** The part's text as a stream of UTF-8-decoded chunks (a character is never split), or null if absent. */
  text(path: string): Readable | null;
}

/** Thrown when the bytes are not a ZIP archive (no central directory at the end). */
export class NotZipError extends Error {}

/**
 * Reads a ZIP archive from a stream: the compressed bytes are kept (the caller bounds their size), the central
 * directory is read from the end, and each part is inflated only when asked for, as a stream. Paths match exactly,
 * else without regard to case (as Excel reads them).
 * @throws NotZipError when the bytes have no ZIP central directory.
 * @example (await zipParts(stream)).text('xl/workbook.xml') // Readable of '<?xml …'
 */
export async function zipParts(input: Readable): Promise<ZipParts> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  let files: CentralDirectoryFile[];
  try {
    ({ files } = await unzipper.Open.buffer(Buffer.concat(chunks)));
  } catch (e) {
    throw new NotZipError(`not a ZIP archive (${(e as Error).message})`);
  }
  const byPath = new Map<string, CentralDirectoryFile>();
  const byLowerPath = new Map<string, CentralDirectoryFile>();
  for (const file of files) {
    if (file.type !== 'File') continue;
    byPath.set(file.path, file);
    if (!byLowerPath.has(file.path.toLowerCase())) byLowerPath.set(file.path.toLowerCase(), file);
  }
  return {
    text(path) {
      const file = byPath.get(path) ?? byLowerPath.get(path.toLowerCase());
      return file ? file.stream().setEncoding('utf8') : null;
    },
  };
}

/**
 * The archive path a relationship's target names: absolute (`/xl/worksheets/sheet1.xml`) or relative to the folder of
 * the part that holds the relationship (`worksheets/sheet1.xml` from `xl/workbook.xml`).
 * @example partPath('xl/workbook.xml', '../customXml/item1.xml') // 'customXml/item1.xml'
 */
export function partPath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

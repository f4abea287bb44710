import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import unzipper, { type CentralDirectoryFile } from 'unzipper';

/** The parts of a ZIP archive by path, read through its central directory. */
export interface ZipParts {
  /** The part's text as a stream of UTF-8-decoded chunks (a character is never split), or null if absent. */
  text(path: string): Readable | null;
}

/** Thrown when the bytes are not a ZIP archive (no central directory at the end) or hold a part it cannot inflate. */
export class NotZipError extends Error {}

/** Bytes handed to the inflater at a time. */
const SLICE = 64 * 1024;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Reads a ZIP archive from a stream: the compressed bytes are kept (the caller bounds their size), the central
 * directory is found from the end-of-central-directory record (after a comment of any length) and read with unzipper's
 * Open (ZIP64 included), and each part is inflated only when asked for, as
 * a stream over its slice of the bytes (APPNOTE 4.3.7: local header, then the data). Paths match exactly, else without
 * regard to case (as Excel reads them).
 * @throws NotZipError when the bytes have no ZIP central directory.
 * @example (await zipParts(stream)).text('xl/workbook.xml') // Readable of '<?xml …'
 */
export async function zipParts(input: Readable): Promise<ZipParts> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  chunks.length = 0;
  let files: CentralDirectoryFile[];
  const tailSize = bytes.length - endOfCentralDirectory(bytes);
  try {
    ({ files } = await unzipper.Open.buffer(bytes, { tailSize }));
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
      return file ? partStream(bytes, file).setEncoding('utf8') : null;
    },
  };
}

/**
 * The offset of the end-of-central-directory record: the last one whose comment reaches exactly to the end of the file
 * (APPNOTE 4.3.16; the comment is at most 65,535 bytes), else the last signature found.
 * @throws NotZipError when there is none.
 */
function endOfCentralDirectory(bytes: Buffer): number {
  let found = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    if (at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
    if (found < 0) found = at;
  }
  if (found < 0) throw new NotZipError('not a ZIP archive (no end of central directory)');
  return found;
}

/** The inflated bytes of one part, read from its slice of the archive without copying it. */
function partStream(bytes: Buffer, file: CentralDirectoryFile): Readable {
  const at = file.offsetToLocalFileHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new NotZipError(`no local header for ${file.path}`);
  if (file.flags & 1) throw new NotZipError(`${file.path} is encrypted`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + file.compressedSize;
  if (end > bytes.length) throw new NotZipError(`${file.path} runs past the end of the file`);
  const raw = Readable.from(slices(bytes, start, end), { objectMode: false });
  if (file.compressionMethod === STORED) return raw;
  if (file.compressionMethod !== DEFLATED) throw new NotZipError(`${file.path} uses compression method ${file.compressionMethod}`);
  const inflate = createInflateRaw();
  raw.on('error', (e) => inflate.destroy(e));
  inflate.on('close', () => raw.destroy());
  return raw.pipe(inflate);
}

function* slices(bytes: Buffer, start: number, end: number): Generator<Buffer> {
  for (let at = start; at < end; at += SLICE) yield bytes.subarray(at, Math.min(at + SLICE, end));
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

import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

/** Thrown when an uploaded CSV cannot be read on from `row` (its 1-based line); the message is the problem's reason. */
export class MalformedUploadError extends Error {
  constructor(readonly row: number, message: string) {
    super(message);
  }
}

/** The UTF-16 (little-endian) byte order mark: such a file is decoded by the CSV parser, not checked here. */
const UTF16LE_BOM = [0xff, 0xfe];

/**
 * A pass-through stream that lets an uploaded CSV on only while its bytes are UTF-8 text, as the WHATWG decoder in
 * fatal mode (TextDecoder `{ fatal: true }`) reads it: no stray continuation bytes, overlong forms, surrogates or
 * truncated sequences, and no NUL byte. At the first byte that is not, it passes on the bytes before it and fails with
 * a MalformedUploadError naming the line and asking for the file as UTF-8 (a Windows-1252 `é` is byte 0xE9 alone). A
 * file that starts with the UTF-16 byte order mark passes unchecked (the parser decodes it).
 * @example Readable.from([Buffer.from('Year,Value\nCaf\xe9,1\n', 'latin1')]).pipe(utf8Guard()) // fails: line 2, byte 0xE9
 */
export function utf8Guard(): Transform {
  let line = 1;
  let need = 0;
  let low = 0x80;
  let high = 0xbf;
  let lead = 0;
  let first = true;
  let unchecked = false;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      if (first) {
        first = false;
        unchecked = UTF16LE_BOM.every((b, i) => chunk[i] === b);
      }
      if (unchecked) return done(null, chunk);
      if (need === 0 && isUtf8(chunk) && chunk.indexOf(0) < 0) {
        for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) line++;
        return done(null, chunk);
      }
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        let bad: number | null = null;
        if (need > 0) {
          if (b < low || b > high) bad = lead;
          [need, low, high] = [need - 1, 0x80, 0xbf];
        } else if (b === 0x0a) line++;
        else if (b === 0x00) bad = b;
        else if (b >= 0x80) {
          [need, low, high] = leadByte((lead = b));
          if (need === 0) bad = b;
        }
        if (bad !== null) {
          if (i > 0) this.push(chunk.subarray(0, i));
          return done(notUtf8(line, bad));
        }
      }
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(need > 0 ? new MalformedUploadError(line, `not UTF-8 text: line ${line} ends in the middle of a character; save the file as CSV UTF-8 and upload it again`) : null);
    },
  });
}

/** What a byte of 0x80 or more asks of the bytes after it: how many, and the range of the first; none when it may not lead. */
function leadByte(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
  if (b === 0xe0) return [2, 0xa0, 0xbf];
  if (b === 0xed) return [2, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [2, 0x80, 0xbf];
  if (b === 0xf0) return [3, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
  if (b === 0xf4) return [3, 0x80, 0x8f];
  return [0, 0x80, 0xbf];
}

function notUtf8(line: number, byte: number): MalformedUploadError {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const what = byte === 0 ? 'a NUL byte (a binary file, not CSV text)' : `byte ${hex}, which is not UTF-8 text (Windows-1252 or Latin-1 saves é as 0xE9)`;
  return new MalformedUploadError(line, `not UTF-8 text: line ${line} has ${what}; save the file as CSV UTF-8 (or upload the .xlsx workbook) and upload it again`);
}

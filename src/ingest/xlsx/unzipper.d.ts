/** The part of the `unzipper` package the workbook reader uses: a ZIP read through its central directory. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  /** One entry of the central directory (ZIP64 sizes and offsets already applied); `stream()` inflates it. */
  export interface CentralDirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    flags: number;
    compressionMethod: number;
    compressedSize: number;
    uncompressedSize: number;
    offsetToLocalFileHeader: number;
    stream(password?: string): Readable;
    buffer(password?: string): Promise<Buffer>;
  }

  /** The archive's central directory. */
  export interface CentralDirectory {
    files: CentralDirectoryFile[];
  }

  export const Open: {
    /** `tailSize`: the bytes at the end searched for the end-of-central-directory record (80 unless given). */
    buffer(data: Buffer, options?: { tailSize?: number }): Promise<CentralDirectory>;
    file(path: string): Promise<CentralDirectory>;
  };

  const unzipper: { Open: typeof Open };
  export default unzipper;
}

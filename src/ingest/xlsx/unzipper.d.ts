/** The part of the `unzipper` package the workbook reader uses: a ZIP read through its central directory. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  /** One entry of the central directory; `stream()` inflates it from its local header on. */
  export interface CentralDirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    uncompressedSize: number;
    stream(password?: string): Readable;
    buffer(password?: string): Promise<Buffer>;
  }

  /** The archive's central directory. */
  export interface CentralDirectory {
    files: CentralDirectoryFile[];
  }

  export const Open: {
    buffer(data: Buffer): Promise<CentralDirectory>;
    file(path: string): Promise<CentralDirectory>;
  };

  const unzipper: { Open: typeof Open };
  export default unzipper;
}

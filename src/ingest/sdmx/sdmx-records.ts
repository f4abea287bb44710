import { open } from 'node:fs/promises';
import { codedRecords } from '../sdmx-csv/index.ts';
import { ImportError } from '../reject-report.ts';
import type { ArtefactRef } from '../sdmx-dsd/index.ts';
import type { SdmxRecord } from './sdmx-record.ts';
import { xmlDataRecords } from './xml-data-reader.ts';

/** Records per batch of an SDMX-CSV file. */
const CSV_BATCH = 500;

/** A record the reader could not read at all (a malformed CSV line), with its line and why. */
export interface UnreadableRecord {
  line: number;
  problem: string;
}

/**
 * Streams the records of an SDMX data file in batches, whatever its format (see sdmxDataFormat): SDMX-ML through
 * xmlDataRecords, SDMX-CSV through the SDMX-CSV reader (codedRecords; `coded(id)` says which columns hold codes,
 * for labelled files; `onStructure` hears an SDMX-ML header's DSD reference). SDMX-CSV records carry every value in `obs`.
 * @throws ImportError when the file cannot be read or is neither SDMX-ML data nor SDMX-CSV.
 */
export async function* sdmxRecords(
  path: string, label: string, coded: (id: string) => boolean, onStructure?: (ref: ArtefactRef) => void,
): AsyncGenerator<(SdmxRecord | UnreadableRecord)[]> {
  const format = await sdmxDataFormat(path, label);
  if (format !== 'sdmx-csv') {
    yield* xmlDataRecords(path, label, onStructure);
    return;
  }
  let batch: (SdmxRecord | UnreadableRecord)[] = [];
  try {
    for await (const r of codedRecords(path, coded)) {
      batch.push('problem' in r ? r : { line: r.line, seriesLine: r.line, series: {}, obs: r.values });
      if (batch.length >= CSV_BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(label, (e as Error).message);
  }
  if (batch.length > 0) yield batch;
}

/**
 * The kind of a data file from its first bytes: XML (`<`, after a BOM and white space) is SDMX-ML (GenericData or
 * StructureSpecificData, told apart by the root element as the file is read), anything else SDMX-CSV.
 * @throws ImportError when the file cannot be opened or is empty (nothing but a BOM and white space).
 */
export async function sdmxDataFormat(path: string, label: string): Promise<'sdmx-ml' | 'sdmx-csv'> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    throw new ImportError(label, error.code === 'ENOENT' ? 'no such file' : error.message);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head === '' && bytesRead < 512) throw new ImportError(label, 'the file is empty: neither an SDMX-ML message nor SDMX-CSV');
    return head.startsWith('<') ? 'sdmx-ml' : 'sdmx-csv';
  } finally {
    await handle.close();
  }
}

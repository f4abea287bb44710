import type { FastifyReply } from 'fastify';
import { csvText } from '../../export/csv/index.ts';
import { datedSdmxObservations, sdmxCsv, sdmxJson, type SdmxCsvVersion } from '../../export/sdmx/index.ts';
import { downloadFileName, indicatorWorkbook, observationTable, type WorkbookAbout } from '../../export/xlsx/index.ts';
import { listAreas, type Db, type ObservationRecord } from '../../store/index.ts';

/** The file formats a selection of observations can be downloaded in. */
export type FileFormat = 'csv' | 'xlsx' | 'sdmx-csv' | 'sdmx-json';

/** Media types: SDMX ones as the SDMX REST API names them (SDMX 3.0 Section 7, "Web services", content negotiation). */
const MEDIA_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'sdmx-csv': 'application/vnd.sdmx.data+csv; charset=utf-8',
  'sdmx-json': 'application/vnd.sdmx.data+json; version=2.0.0; charset=utf-8',
};

const EXTENSIONS: Record<FileFormat, string> = { csv: 'csv', xlsx: 'xlsx', 'sdmx-csv': 'sdmx.csv', 'sdmx-json': 'sdmx.json' };

/** What a selection's file is named after and described by. */
export interface SelectionFile {
  /** `indicator_<code>[_<series>]` is the file name; null names it `sdg-data[_<indicator>]`. */
  indicatorCode: string | null;
  series?: string;
  sdmxVersion: SdmxCsvVersion;
  /** The metadata sheet of an XLSX download (required for `xlsx`). */
  about?: () => Promise<WorkbookAbout>;
  seriesNames?: ReadonlyMap<string, string>;
  title: string;
  /** The INDICATOR cell of each CSV row when the rows come from several indicators. */
  indicatorOf?: (row: ObservationRecord) => string;
}

/**
 * Answers a selection of observations as a file (the whole selection, no paging) with its media type and an
 * `attachment` disposition: CSV (see observationTable), XLSX (indicatorWorkbook), SDMX-CSV 1.0 / 2.0 or SDMX-JSON 2.0.0
 * (see export/sdmx). The string and buffer bodies bypass the JSON serializer.
 */
export async function sendSelection(db: Db, reply: FastifyReply, format: FileFormat, rows: readonly ObservationRecord[], file: SelectionFile): Promise<FastifyReply> {
  const base = file.indicatorCode === null ? 'sdg-data' : downloadFileName(file.indicatorCode, file.series, '').slice(0, -1);
  const name = `${base}.${EXTENSIONS[format]}`;
  reply.header('content-type', format === 'sdmx-csv' ? `application/vnd.sdmx.data+csv; version=${file.sdmxVersion}.0; charset=utf-8` : MEDIA_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}"`);
  const code = file.indicatorCode ?? '';
  switch (format) {
    case 'csv': {
      const table = observationTable(file.indicatorOf ?? code, rows);
      return reply.send(csvText([table.header, ...table.rows]) as never);
    }
    case 'xlsx': {
      if (!file.about) throw new Error('sendSelection: an XLSX download needs its metadata sheet');
      return reply.send(await indicatorWorkbook(observationTable(code, rows), await file.about()) as never);
    }
    case 'sdmx-csv':
      return reply.send(sdmxCsv(datedSdmxObservations(rows), file.sdmxVersion) as never);
    case 'sdmx-json': {
      const areas = await listAreas(db, 'en');
      const areaNames = new Map(areas.map((a) => [a.code, a.name]));
      const prepared = new Date().toISOString();
      const message = sdmxJson(datedSdmxObservations(rows), {
        name: file.title, prepared, id: `SDGT-${prepared.replace(/\D/g, '')}`, seriesNames: file.seriesNames, areaNames,
      });
      return reply.send(JSON.stringify(message) as never);
    }
  }
}

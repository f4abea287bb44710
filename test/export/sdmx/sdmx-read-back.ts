import { parse } from 'csv-parse/sync';

/** One SDMX row as column → text, the way csv-parse reads an SDMX-CSV file with `columns: true`. */
export type SdmxRow = Record<string, string>;

/** Reads an SDMX-CSV text back into its rows (header as keys). */
export function readSdmxCsv(text: string): SdmxRow[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as SdmxRow[];
}

interface JsonComponent { id: string; keyPosition?: number; values: ({ id: string } | { value: string })[] }

/**
 * Reads an SDMX-JSON 2.0.0 data message (series-shaped) back into flat rows with the SDMX-CSV 1.0 columns: each series
 * key split on `:` into positions of the dimension values, each observation key a position of a TIME_PERIOD value,
 * each observation array `[OBS_VALUE, attribute value indexes…]`; series attributes from the series' `attributes`.
 * Attributes without a value are empty texts, as in SDMX-CSV.
 */
export function flattenSdmxJson(message: any, header: string[], dataflow: string): SdmxRow[] {
  const structure = message.data.structures[0];
  const dims = structure.dimensions.series as JsonComponent[];
  const time = structure.dimensions.observation[0] as JsonComponent;
  const seriesAttrs = structure.attributes.series as JsonComponent[];
  const obsAttrs = structure.attributes.observation as JsonComponent[];
  const text = (c: JsonComponent, index: number | null): string => {
    if (index === null) return '';
    const v = c.values[index]!;
    return 'id' in v ? v.id : String(v.value);
  };
  const rows: SdmxRow[] = [];
  for (const [key, series] of Object.entries(message.data.dataSets[0].series as Record<string, { attributes: (number | null)[]; observations: Record<string, (number | null)[]> }>)) {
    const positions = key.split(':').map(Number);
    for (const [t, values] of Object.entries(series.observations)) {
      const row: SdmxRow = Object.fromEntries(header.map((h) => [h, '']));
      row.DATAFLOW = dataflow;
      dims.forEach((d, i) => { row[d.id] = text(d, positions[i]!); });
      row.TIME_PERIOD = text(time, Number(t));
      row.OBS_VALUE = String(values[0]);
      seriesAttrs.forEach((a, i) => { row[a.id] = text(a, series.attributes[i] ?? null); });
      obsAttrs.forEach((a, i) => { row[a.id] = text(a, values[i + 1] ?? null); });
      rows.push(row);
    }
  }
  return rows;
}

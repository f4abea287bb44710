import type { Difference } from './duplicate-index.ts';

/**
 * The reasons an Open SDG import gives, each starting with a stable kind before `: ` so reports can be grouped
 * (the CLI's report groups by kind). A row that repeats, value for value, a row of another indicator's file (a series
 * serving several indicators) is no reject: it counts in `rowsRepeated`. Row reasons count in `rowsRejected`; file
 * reasons (line 0, or the line a parser stopped at) describe whole files and do not.
 *
 * | kind | what happened |
 * |---|---|
 * | `blank value` | the Value cell is empty: Open SDG files hold such rows for "no data" (placeholders, empty breakdowns) |
 * | `not a number` | the Value cell holds something else than a decimal number |
 * | `not a time period` | the Year cell is not a period parseTimePeriod reads (e.g. `1974a`) |
 * | `duplicate` | same key (series, area, period, breakdown, unit) as an earlier row of the file, or as another file's row with another value, unit multiplier or attribute (both named) |
 * | `wrong cell count` | the row has more or fewer cells than the header |
 * | `missing column` | the header has no Year or no Value column, so no row of the file can be read |
 * | `empty file` | the data file has no header row (file) |
 * | `not an indicator file` | a CSV in `data/` not named `indicator_<id>.csv` (file) |
 * | `malformed CSV` | the CSV parser stopped; rows after that line were not read (file) |
 * | `invalid YAML` / `invalid metadata` | a metadata or translation file cannot be read (file) |
 */
export const reasons = {
  blankValue: (column: string) => `blank value: the ${column} cell is empty`,
  notANumber: (value: string) => `not a number: "${value}"`,
  notATimePeriod: (value: string) => `not a time period: "${value}"`,
  duplicate: (line: number, otherFile?: string, difference?: Difference | null) =>
    `duplicate: same series, area, period, breakdown and unit as ${otherFile ? `${otherFile} ` : ''}line ${line}${difference
      ? `, but another ${difference.field}: "${difference.there}" there, "${difference.here}" here` : ''}`,
  wrongCellCount: (cells: number, header: number) => `wrong cell count: ${cells} cells where the header has ${header}`,
  missingColumn: (column: string, header: string[]) => `missing column: no "${column}" column in the header (${header.join(',')})`,
  emptyFile: () => 'empty file: no header row',
  notAnIndicatorFile: () => 'not an indicator file: indicator data files are named data/indicator_<goal>-<target>-<indicator>.csv',
  malformedCsv: (message: string) => `malformed CSV: ${message}; rows after this line were not read`,
} as const;

import { useI18n } from '../i18n/index.tsx';
import type { Line } from '../indicator/lines.ts';
import { ScrollRegion } from './scroll-region.tsx';

/**
 * The chart's data as a table with a caption saying what is shown. Periods run down the rows and lines across the
 * columns, unless there are more lines than periods (every district in one census year): then each line is a row.
 * Headers are `<th scope>`, so screen readers announce the period and the line of each value; a value with a
 * comment carries its footnote number. Values are rounded as the chart and its spoken summary round them
 * (`61.79923` → `61.8`); the downloads keep every decimal.
 */
export function DataTable({ lines, periods, names, caption, categoryLabel }: {
  lines: Line[];
  periods: string[];
  names: string[];
  caption: string;
  /** What the lines are, heading their column when they run down the rows, e.g. `Area` or `Sex`. */
  categoryLabel: string;
}) {
  const { t, formatNumber, formatShort, localDigits } = useI18n();
  const comments = commentNumbers(lines);
  const cell = (line: Line, period: string) => {
    const point = line.points.find((p) => p.timePeriod === period);
    const note = point?.comment ? comments.get(point.comment) : undefined;
    return (
      <td key={`${line.key}|${period}`} className="numeric">
        {point ? formatShort(point.value) : '–'}
        {note !== undefined && <sup><a href={`#footnote-${note}`}>{formatNumber(note)}</a></sup>}
      </td>
    );
  };
  const byLine = lines.length > periods.length;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{byLine ? categoryLabel : t('indicator.year')}</th>
            {byLine
              ? periods.map((period) => <th key={period} scope="col" className="numeric">{localDigits(period)}</th>)
              : names.map((name, i) => <th key={lines[i]!.key} scope="col" className="numeric">{name}</th>)}
          </tr>
        </thead>
        <tbody>
          {byLine
            ? lines.map((line, i) => (
                <tr key={line.key}>
                  <th scope="row">{names[i]}</th>
                  {periods.map((period) => cell(line, period))}
                </tr>
              ))
            : periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{localDigits(period)}</th>
                  {lines.map((line) => cell(line, period))}
                </tr>
              ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Comments of the shown observations, numbered 1, 2, … in order of first appearance. */
export function commentNumbers(lines: readonly Line[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const line of lines) for (const point of line.points) {
    if (point.comment && !numbers.has(point.comment)) numbers.set(point.comment, numbers.size + 1);
  }
  return numbers;
}

import { useI18n } from '../i18n/index.tsx';
import type { Line } from '../indicator/lines.ts';

/**
 * The chart's data as a table: one row per time period, one column per line, with a caption saying what is shown.
 * Headers are `<th scope>` so screen readers announce the period and the line for each value; a value with a
 * comment carries the comment's footnote number.
 */
export function DataTable({ lines, periods, names, caption }: {
  lines: Line[];
  periods: string[];
  names: string[];
  caption: string;
}) {
  const { t, formatNumber } = useI18n();
  const comments = commentNumbers(lines);
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.year')}</th>
            {names.map((name, i) => <th key={lines[i]!.key} scope="col" className="numeric">{name}</th>)}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {lines.map((line) => {
                const point = line.points.find((p) => p.timePeriod === period);
                const note = point?.comment ? comments.get(point.comment) : undefined;
                return (
                  <td key={line.key} className="numeric">
                    {point ? formatNumber(point.value) : <span aria-label="–">–</span>}
                    {note !== undefined && <sup><a href={`#footnote-${note}`}>{note}</a></sup>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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

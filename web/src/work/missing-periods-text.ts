/**
 * The missing periods of a task as one short text. The server lists them most recent first as one unbroken run
 * (`['2025', '2024', …, '2012']`), so three or more read as a range from the oldest to the most recent, one or two as
 * a list in time order; `format` writes each label (e.g. in the page's digits).
 * @example missingPeriodsText(['2025', '2024', '2023', '2022']) // '2022–2025'
 * @example missingPeriodsText(['2024-Q4', '2024-Q3']) // '2024-Q3, 2024-Q4'
 */
export function missingPeriodsText(periods: readonly string[], format: (label: string) => string = (label) => label): string {
  const inTimeOrder = [...periods].reverse().map(format);
  return inTimeOrder.length > 2 ? `${inTimeOrder[0]}–${inTimeOrder[inTimeOrder.length - 1]}` : inTimeOrder.join(', ');
}

/**
 * A p-value as the site shows it: three decimals, and below 0.001 as `< 0.001` (in the page's digits through
 * `format`), e.g. 0.10409 → `0.104`, 0.00002 → `< 0.001`.
 */
export function formatP(p: number, format: (n: number) => string): string {
  return p < 0.001 ? `< ${format(0.001)}` : format(Math.round(p * 1000) / 1000);
}

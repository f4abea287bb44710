import type { Area } from '../api/types.ts';

/**
 * The areas of a series in the order a reader looks for them: the country first, then each level from the
 * broadest (fewest areas: 8 divisions before 64 districts), and within a level by name in the reader's language.
 * Area codes (ISO 3166-2 `BD-13`) play no part, so districts read `Bagerhat, Bandarban, Barguna, …`.
 * @example orderAreas([{ code: 'BD-13', name: 'Dhaka', level: 'district' }, { code: '050', name: 'Bangladesh', level: 'country' },
 *   { code: 'BD-01', name: 'Bandarban', level: 'district' }], 'en').map((a) => a.name) // ['Bangladesh', 'Bandarban', 'Dhaka']
 */
export function orderAreas(areas: readonly Area[], lang: string): Area[] {
  const sizes = new Map<string, number>();
  for (const area of areas) sizes.set(area.level, (sizes.get(area.level) ?? 0) + 1);
  const rank = (level: string) => (level === 'country' ? -1 : sizes.get(level)!);
  const collator = collatorFor(lang);
  return [...areas].sort((a, b) =>
    rank(a.level) - rank(b.level) || a.level.localeCompare(b.level) || collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

function collatorFor(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
}

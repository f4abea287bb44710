import m49 from '../../../datasets/areas/unsd_m49_overview_en.csv?raw';

/**
 * Country names in the reader's language from ISO 3166-1 alpha-3 codes: alpha-3 → alpha-2 through the product's
 * UN M49 table (datasets/areas/unsd_m49_overview_en.csv, columns "ISO-alpha2 Code" and "ISO-alpha3 Code"), then
 * the browser's Intl.DisplayNames for the region. A code the table or the browser does not know is shown as it is.
 */

let alpha2: Map<string, string> | null = null;

/** ISO alpha-3 → alpha-2 from the M49 table, read once. @example alpha2Of('BGD') // 'BD' */
export function alpha2Of(iso3: string): string | undefined {
  if (!alpha2) {
    alpha2 = new Map();
    const [header, ...lines] = m49.replace(/^\uFEFF/, '').split(/\r?\n/);
    const columns = (header ?? '').split(',');
    const a2 = columns.indexOf('ISO-alpha2 Code'), a3 = columns.indexOf('ISO-alpha3 Code');
    for (const line of lines) {
      // Names with commas are quoted; the codes follow them, so count from the end of the line.
      const cells = line.split(',');
      const shift = cells.length - columns.length;
      const two = cells[a2 + shift], three = cells[a3 + shift];
      if (two && three && /^[A-Z]{2}$/.test(two) && /^[A-Z]{3}$/.test(three)) alpha2.set(three, two);
    }
  }
  return alpha2.get(iso3.toUpperCase());
}

const displays = new Map<string, Intl.DisplayNames | null>();

/** The country's name in `lang`, else its code. @example countryName('BGD', 'bn') // 'বাংলাদেশ' */
export function countryName(iso3: string, lang: string): string {
  if (!displays.has(lang)) {
    let d: Intl.DisplayNames | null = null;
    try { d = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' }); } catch { d = null; }
    displays.set(lang, d);
  }
  const two = alpha2Of(iso3);
  return (two && displays.get(lang)?.of(two)) || iso3;
}

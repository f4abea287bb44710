/**
 * The site's rule for numerals: every number a page writes — values, counts, years and periods, and the numbers of
 * goals, targets and indicators (`3.2.1`) — is written in the digits of the page's language, as
 * `Intl.NumberFormat` writes them for that language in the reader's browser (Bengali `০–৯`; Latin digits for
 * English, Russian, Chinese and, in current browsers, Arabic and Nepali). Addresses, series codes and downloaded
 * files keep ASCII digits.
 */

const ASCII = '0123456789';
const cache = new Map<string, readonly string[]>();

/**
 * The ten digits `lang` writes numbers with.
 * @example digitsOf('bn') // ['০', '১', …, '৯']   digitsOf('en') // ['0', '1', …, '9']
 */
export function digitsOf(lang: string): readonly string[] {
  let digits = cache.get(lang);
  if (!digits) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(lang, { useGrouping: false });
    } catch {
      format = new Intl.NumberFormat('en', { useGrouping: false });
    }
    digits = [...ASCII].map((d) => format.format(Number(d)));
    if (digits.some((d) => [...d].length !== 1)) digits = [...ASCII];
    cache.set(lang, digits);
  }
  return digits;
}

/**
 * `text` with every ASCII digit written in the digits of `lang`; everything else is kept, so codes and periods keep
 * their shape and are never regrouped (`2021` stays four digits, not `2,021`).
 * @example localDigits('3.2.1', 'bn') // '৩.২.১'   localDigits('2014/15', 'bn') // '২০১৪/১৫'   localDigits('2021', 'fr') // '2021'
 */
export function localDigits(text: string | number, lang: string): string {
  const digits = digitsOf(lang);
  const value = String(text);
  if (digits[0] === '0') return value;
  return value.replace(/[0-9]/g, (d) => digits[Number(d)]!);
}

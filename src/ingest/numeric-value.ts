/** A plain decimal number as data files write it: `27.3`, `-0.5`, `1e-3`, `.5`, `1200`. No thousands separators, no `NaN`. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether a trimmed cell is a plain decimal number (see NUMBER). @example isDecimalNumber('1,200') // false */
export function isDecimalNumber(text: string): boolean {
  return NUMBER.test(text);
}

/**
 * Reads an observation value, or says why it is not one (for a reject reason).
 * @example numericValue('27.3') // { value: 27.3 }
 * @example numericValue('<5') // { reason: '"<5" is a bound (below 5), not a value' }
 * @example numericValue('N') // { reason: '"N" is not a number' }
 */
export function numericValue(text: string): { value: number } | { reason: string } {
  const given = text.trim();
  if (given === '') return { reason: 'value is blank' };
  if (NUMBER.test(given)) return { value: Number(given) };
  const bound = /^([<>]=?)\s*([+-]?\d+(?:\.\d+)?)$/.exec(given);
  if (bound) return { reason: `"${given}" is a bound (${bound[1]!.startsWith('<') ? 'below' : 'above'} ${bound[2]}), not a value` };
  return { reason: `"${given}" is not a number` };
}

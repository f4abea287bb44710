import { TOTAL, type TimePeriodKind } from '../../domain/index.ts';
import { attributeCode, dimensionCode, type SdmxAttributeId, unitMultiplier } from '../../ingest/sdmx-dimensions.ts';
import { parseTimePeriod } from '../../ingest/time-period.ts';

/**
 * The texts of one Open SDG data cell, each chosen so that the Open SDG importer (src/ingest/opensdg/) reads it back
 * as the stored value: a period label as a `Year` text, a breakdown code as its label (blank for the total), a value
 * as a decimal number. Each function checks its answer against the importer's own reading and throws an
 * ExportError naming the value when no text reads back.
 */

/** Thrown when something stored has no Open SDG form that reads back identically; the message names it. */
export class ExportError extends Error {}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The `Year` text of a stored period: its label, except for months such as `2005-07` that Open SDG's notation
 * reads as a range (2005–2007), which are written `July 2005`.
 * @throws ExportError when no text reads back as the same period.
 * @example periodText('2014/15', 'fiscal-year') // '2014/15'
 * @example periodText('2005-07', 'month') // 'July 2005'
 */
export function periodText(label: string, kind: TimePeriodKind): string {
  const candidates = [label];
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (kind === 'month' && month) candidates.push(`${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}`);
  for (const text of candidates) if (readsAs(text, label, kind)) return text;
  throw new ExportError(`the period "${label}" (${kind}) has no Year text that reads back as the same period`);
}

function readsAs(text: string, label: string, kind: TimePeriodKind): boolean {
  try {
    const p = parseTimePeriod(text);
    return p.label === label && p.kind === kind;
  } catch {
    return false;
  }
}

/**
 * The `Value` text of a number: the shortest decimal that reads back exactly (JavaScript's own), `-0` kept.
 * @example valueText(0.1) // '0.1'
 * @example valueText(1e-7) // '1e-7'
 */
export function valueText(value: number): string {
  if (!Number.isFinite(value)) throw new ExportError(`the value ${value} is not a finite number`);
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * The cell of a breakdown code: blank for the total `_T`, as Open SDG writes totals; else the first of the stored
 * code name (labels of entity `code`), a readable label of a common SDMX code, and the code itself that the importer
 * maps back to the same code (see dimensionCode).
 * @throws ExportError when none does (a stored code the importer would read as another).
 * @example codeText('SEX', 'F') // 'Female'
 * @example codeText('AGE', 'Y25T34') // '25 to 34'
 * @example codeText('Country of birth', 'Non-UK born') // 'Non-UK born'
 */
export function codeText(dimension: string, code: string, storedName?: string): string {
  if (code === TOTAL) return '';
  for (const text of [storedName, commonLabel(dimension, code), code]) {
    if (text !== undefined && text.trim() !== '' && dimensionCode(dimension, text) === code) return text;
  }
  throw new ExportError(`the ${dimension} code "${code}" would be read back as "${dimensionCode(dimension, code)}"`);
}

const COMMON_LABELS: Record<string, Record<string, string>> = {
  SEX: { F: 'Female', M: 'Male', _U: 'Unknown', _O: 'Other' },
  URBANISATION: { U: 'Urban', R: 'Rural', CITY: 'City' },
  INCOME_WEALTH_QUANTILE: { Q1: 'Quintile 1', Q2: 'Quintile 2', Q3: 'Quintile 3', Q4: 'Quintile 4', Q5: 'Quintile 5' },
  DISABILITY_STATUS: { PD: 'Persons with disability', PWD: 'Persons without disability' },
  EDUCATION_LEV: {
    ISCED11_1: 'Primary education', ISCED11_2: 'Lower secondary education', ISCED11_3: 'Upper secondary education',
    AGG_2_3: 'Secondary education', AGG_5T8: 'Tertiary education',
  },
};

/** A readable label of common SDMX codes (`F` → `Female`, `Y25T34` → `25 to 34`, `Y_GE65` → `65 and over`). */
function commonLabel(dimension: string, code: string): string | undefined {
  const fixed = COMMON_LABELS[dimension]?.[code];
  if (fixed) return fixed;
  if (dimension !== 'AGE') return undefined;
  let m: RegExpExecArray | null;
  if ((m = /^Y(\d+)T(\d+)$/.exec(code))) return `${m[1]} to ${m[2]}`;
  if ((m = /^Y_GE(\d+)$/.exec(code))) return `${m[1]} and over`;
  if (code === 'Y0') return 'Under 1';
  return undefined;
}

/**
 * The `Unit multiplier` cell of a power of ten, in the words Open SDG repositories use (`Units`, `Thousands`,
 * `Millions`) where the importer reads them back (see unitMultiplier), else the number.
 * @example unitMultText(3) // 'Thousands'
 * @example unitMultText(4) // '4'
 */
export function unitMultText(power: number): string {
  const name = UNIT_MULT_WORDS[power];
  return name !== undefined && unitMultiplier(name) === power ? name : String(power);
}

const UNIT_MULT_WORDS: Record<number, string> = { 0: 'Units', 3: 'Thousands', 6: 'Millions', 9: 'Billions', 12: 'Trillions' };

/**
 * The cell of an SDMX attribute value: OBS_STATUS and NATURE codes as their CL_OBS_STATUS / CL_NATURE names where
 * the importer maps the name back (see attributeCode), every other value as stored.
 * @throws ExportError for a stored value the importer would read as another code.
 * @example attributeText('OBS_STATUS', 'A') // 'Normal value'
 * @example attributeText('COMMENT_OBS', 'Provisional') // 'Provisional'
 */
export function attributeText(id: SdmxAttributeId, value: string): string {
  for (const text of [ATTRIBUTE_NAMES[id]?.[value], value]) {
    if (text !== undefined && attributeCode(id, text) === value) return text;
  }
  throw new ExportError(`the ${id} value "${value}" would be read back as "${attributeCode(id, value)}"`);
}

const ATTRIBUTE_NAMES: Partial<Record<SdmxAttributeId, Record<string, string>>> = {
  OBS_STATUS: {
    A: 'Normal value', B: 'Time series break', E: 'Estimated value', F: 'Forecast value', I: 'Imputed value', M: 'Missing value; data cannot exist',
    O: 'Missing value', P: 'Provisional value', Q: 'Missing value; suppressed', U: 'Low reliability',
  },
  NATURE: { C: 'Country data', CA: 'Country adjusted data', E: 'Estimated data', G: 'Global monitoring data', M: 'Modeled', N: 'Non-relevant' },
};

import { attributeCode, columnRole, dimensionCode } from '../sdmx-dimensions.ts';

/** A `dimensions` cell read into SDMX terms, or why it cannot be. */
export type UnsdBreakdown =
  | { dimensions: Record<string, string>; attributes: Record<string, string> }
  | { reason: string };

/**
 * Reads the `dimensions` cell of a UN SDG Database extract (`key=value;…` in the UNSD API's own lower-case codes)
 * into SDMX dimension IDs and codes via columnRole and dimensionCode: `sex=bothsex` → SEX `_T`, `age=lt5y` → AGE
 * `Y0T4`, `location=rural` → URBANISATION `R`, `quantile=q1` → INCOME_WEALTH_QUANTILE `Q1`. The extract writes the
 * API's open age groups (`15+`, `65+`) without the plus sign, so a bare age number `15` is read as `15+` (`Y_GE15`).
 * Keys with no SDMX counterpart (`type_of_skill`, `cities`) stay national dimensions under the key, values as given.
 * `freq=notspec` (frequency not specified; CL_FREQ has no code for it and no total) says nothing and is left out, so
 * series such as SH_STA_MORT keep a plain total. A blank cell is no breakdown at all (`{}`), never a total.
 * @example unsdBreakdown('age=lt5y;sex=female') // { dimensions: { AGE: 'Y0T4', SEX: 'F' }, attributes: {} }
 * @example unsdBreakdown('age=15;sex=bothsex') // { dimensions: { AGE: 'Y_GE15', SEX: '_T' }, attributes: {} }
 * @example unsdBreakdown('freq=notspec;sex=female') // { dimensions: { SEX: 'F' }, attributes: {} }
 * @example unsdBreakdown('sex') // { reason: '"sex" is not key=value' }
 */
export function unsdBreakdown(cell: string): UnsdBreakdown {
  const dimensions: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  if (cell.trim() === '') return { dimensions, attributes };
  for (const pair of cell.split(';')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (key === '') return { reason: `"${pair}" is not key=value` };
    let value = pair.slice(eq + 1).trim();
    const role = columnRole(key);
    if (role.kind === 'attribute') {
      attributes[role.id] = attributeCode(role.id, value);
      continue;
    }
    const id = role.kind === 'dimension' ? role.id : key;
    if (id === 'FREQ' && value.toLowerCase() === 'notspec') continue;
    if (id in dimensions) return { reason: `"${key}" gives ${id} a second time` };
    if (id === 'AGE' && /^\d+$/.test(value)) value = `${value}+`;
    dimensions[id] = dimensionCode(id, value);
  }
  return { dimensions, attributes };
}

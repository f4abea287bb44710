import type { ObservationRecord } from '../../store/index.ts';
import { customBreakdown } from './custom-breakdown.ts';
import { SDG_ATTRIBUTES, SDG_DIMENSIONS, type SdgDimension } from './sdg-dsd.ts';
import { sdmxTimePeriod } from './sdmx-time-period.ts';

/** One observation in SDG DSD terms: the 15 key codes in DSD order, TIME_PERIOD, OBS_VALUE and attribute values by id. */
export interface SdmxObservation {
  key: Record<SdgDimension, string>;
  timePeriod: string;
  value: number;
  /** Attribute id → value; attributes without a value are left out. */
  attributes: Record<string, string>;
}

/**
 * Units as the UN SDG Global Database and national files write them → CL_UNIT_MEASURE 1.8 codes of the SDG DSD, with
 * the power of ten a scaled unit carries (`CON_USD_M`, millions of constant USD → `CON_USD` with UNIT_MULT 6). A unit
 * already in the code list, or not listed here, is written as stored.
 */
const UNIT_CODES: Readonly<Record<string, readonly [code: string, power: number]>> = {
  PERCENT: ['PT', 0], percent: ['PT', 0], Percent: ['PT', 0], '%': ['PT', 0], TONNES: ['T', 0], tonnes: ['T', 0], KMSQ: ['KM2', 0],
  INDEX: ['IX', 0], Ratio: ['RO', 0], RATIO: ['RO', 0], ratio: ['RO', 0], number: ['NUMBER', 0], Number: ['NUMBER', 0],
  'percent of households': ['PT', 0], CU_USD: ['USD', 0], LTPUREAL: ['LITRES_PURE_ALCOHOL', 0], 'USD/m3': ['USD_PER_M3', 0],
  'mgr/m^3': ['GPERM3', -3],
  CON_USD_M: ['CON_USD', 6], CU_USD_M: ['USD', 6], CU_USD_B: ['USD', 9], CUR_LCU_M: ['CUR_LCU', 6], NUM_TH: ['NUMBER', 3],
  NUM_M: ['NUMBER', 6], TONNES_M: ['T', 6], HA_TH: ['HA', 3], MT_CO2E: ['TCO2E', 6],
};

/** Stored NATURE codes the UN database writes that CL_NATURE spells otherwise. */
const NATURE_CODES: Readonly<Record<string, string>> = { NOTSPEC: '_X', notspec: '_X' };

/**
 * An observation as SDMX under the SDG DSD (SDMX 2.1 Standards, Section 2 "Information Model", 5.3: a key value for
 * every dimension, the TIME_PERIOD, the measure, attribute values):
 * - FREQ from the kind of period and TIME_PERIOD in SDMX form (see sdmxTimePeriod); REPORTING_TYPE `N` (national data)
 *   unless the observation gives one;
 * - REF_AREA: an M49 code without its leading zeros, as CL_AREA writes it (`050` → `50`); national codes of
 *   subnational areas (`BD-10`) as stored;
 * - every breakdown dimension the observation does not have is `_T` (the SDG code lists' "no breakdown"; they have no
 *   `_Z`); breakdowns outside the DSD (`type_of_skill=email`, from the UN database's own columns) become one
 *   CUST_BREAKDOWN code (`TYPE_OF_SKILL_EMAIL`, several joined by `__`) with CUST_BREAKDOWN_LB `type_of_skill: email`
 *   (see customBreakdown);
 * - OBS_STATUS `A` ("normal value", CL_OBS_STATUS's default when none is given) and UNIT_MULT `0` (units) when the
 *   observation has none, both being mandatory; UNIT_MEASURE through UNIT_CODES, a scaled unit adding its power of
 *   ten to UNIT_MULT (`NUM_TH` → `NUMBER`, UNIT_MULT 3); NATURE `NOTSPEC` → `_X`;
 * - TIME_DETAIL: the observation's own, else the period label as published when TIME_PERIOD writes it otherwise
 *   (`2014/15` for `2014-A1`); every other stored attribute whose id the DSD has, as stored.
 * @example sdmxObservation({ series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', periodKind: 'year', dimensions: { SEX: 'F' }, value: 25.2, unit: 'PER_1000_LIVE_BIRTHS', … })
 *   // { key: { FREQ: 'A', REPORTING_TYPE: 'N', SERIES: 'SH_DYN_MORT', REF_AREA: '50', SEX: 'F', AGE: '_T', … }, timePeriod: '2021', value: 25.2, attributes: { OBS_STATUS: 'A', UNIT_MULT: '0', UNIT_MEASURE: 'PER_1000_LIVE_BIRTHS' } }
 */
export function sdmxObservation(r: ObservationRecord): SdmxObservation {
  const { period, freq } = sdmxTimePeriod({ kind: r.periodKind, label: r.timePeriod, start: r.periodStart, end: r.periodEnd });
  const key = {} as Record<SdgDimension, string>;
  for (const id of SDG_DIMENSIONS) key[id] = '_T';
  key.FREQ = freq;
  key.REPORTING_TYPE = 'N';
  key.SERIES = r.series;
  key.REF_AREA = /^\d{1,3}$/.test(r.area) ? String(Number(r.area)) : r.area;
  const custom: Record<string, string> = {};
  for (const [id, code] of Object.entries(r.dimensions)) {
    if ((SDG_DIMENSIONS as readonly string[]).includes(id) && id !== 'SERIES' && id !== 'REF_AREA') key[id as SdgDimension] = code;
    else custom[id] = code;
  }
  const attributes: Record<string, string> = {};
  if (Object.keys(custom).length > 0) {
    const { code, label } = customBreakdown(custom);
    key.CUST_BREAKDOWN = code;
    attributes.CUST_BREAKDOWN_LB = label;
  }
  const known = new Set(SDG_ATTRIBUTES.map((a) => a.id));
  for (const [id, text] of Object.entries(r.attributes)) if (known.has(id) && text !== '') attributes[id] = text;
  attributes.OBS_STATUS = r.obsStatus && /^[A-Z]$/.test(r.obsStatus) ? r.obsStatus : 'A';
  const [unit, power] = UNIT_CODES[r.unit] ?? [r.unit, 0];
  attributes.UNIT_MULT = String((r.unitMult ?? 0) + power);
  attributes.UNIT_MEASURE = unit;
  if (r.nature) attributes.NATURE = NATURE_CODES[r.nature] ?? r.nature;
  else delete attributes.NATURE;
  if (r.comment) attributes.COMMENT_OBS = r.comment;
  if (!attributes.TIME_DETAIL && period !== r.timePeriod) attributes.TIME_DETAIL = r.timePeriod;
  return { key, timePeriod: period, value: r.value, attributes };
}

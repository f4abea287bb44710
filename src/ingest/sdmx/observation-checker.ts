import type { Observation, TimePeriod } from '../../domain/index.ts';
import { numericValue } from '../numeric-value.ts';
import { type Component, type Dsd, codelistOf } from '../sdmx-dsd/index.ts';
import { TimePeriodError, parseTimePeriod } from '../time-period.ts';
import { reasons } from './reject-reasons.ts';
import type { SdmxRecord } from './sdmx-record.ts';

/** Components with their own roles, never breakdowns. */
const KEY_ROLES = new Set(['SERIES', 'REF_AREA', 'TIME_PERIOD']);
/**
 * Key dimensions that describe the data flow, not a group of people or things: FREQ follows from the period's kind
 * (`2015` annual, `2024-Q1` quarterly) and REPORTING_TYPE `N` is what every national figure is. Keeping them would
 * give `FREQ=A|REPORTING_TYPE=N|SEX=F` keys that never meet the same value typed in a form or read from Open SDG or
 * the UN SDG database; they are checked against their code lists and then left out (the SDMX export writes them back).
 * Another REPORTING_TYPE (`G` global, `R` regional) is kept, so such figures stay apart from the national ones.
 */
const FLOW_DIMENSIONS: Record<string, (code: string) => boolean> = { FREQ: () => true, REPORTING_TYPE: (code) => code === 'N' };
/** Attributes kept in their own observation fields. */
const UNIT_ATTRIBUTES = new Set(['UNIT_MEASURE', 'UNIT_MULT']);

/** What records are checked against besides the DSD. */
export interface CheckContext {
  dsd: Dsd;
  /** The active framework's id, for messages (`un-gif-2025`). */
  frameworkId: string;
  /** The framework indicator a listing or indicator code names (`11.5.1` → `1.5.1`), or undefined. */
  indicatorOf: (code: string) => string | undefined;
  /** The stored area a REF_AREA code names (see areaResolver), or undefined. */
  areaOf: (code: string) => string | undefined;
  /** When set, the areas REF_AREA may resolve to (a country and the areas under it) and the country's code. */
  country?: { code: string; areas: ReadonlySet<string> };
}

/** One thing wrong with a record: the component at fault (its ID), the line it was given on, and why. */
export interface RecordProblem {
  line: number;
  column: string;
  reason: string;
}

/** A record that passed: the observation and the framework indicators of its series. */
export interface CheckedRecord {
  observation: Observation;
  indicators: string[];
}

/**
 * Checks data records against a DSD and the store, and maps the good ones to observations. Every problem of a record
 * is listed (see reject-reasons.ts), in this order: ACTION D; each key dimension present and in its code list; each
 * given attribute a DSD attribute in its code list, mandatory observation and series attributes present; TIME_PERIOD
 * (ISO 8601 as SDMX writes it) and OBS_VALUE; the series' content constraint; the series' indicators; REF_AREA.
 * Results of code checks are cached per component and code.
 */
export class ObservationChecker {
  private readonly components = new Map<string, Component>();
  private readonly codeCache = new Map<string, Map<string, string | null>>();
  private readonly periods = new Map<string, TimePeriod | string>();
  private readonly indicatorCache = new Map<string, string[]>();
  private readonly label: string;

  constructor(private readonly context: CheckContext) {
    for (const c of [...context.dsd.dimensions, ...context.dsd.attributes]) this.components.set(c.id, c);
    const ref = context.dsd.ref;
    this.label = `${ref.agency}:${ref.id}(${ref.version})`;
  }

  /** The observation of a record, or every problem it has. */
  check(record: SdmxRecord): CheckedRecord | { problems: RecordProblem[] } {
    const { dsd } = this.context;
    const values = { ...record.series, ...record.obs };
    const problems: RecordProblem[] = [];
    const at = (id: string): number => (id in record.obs || !(id in record.series) ? record.line : record.seriesLine);
    const problem = (id: string, reason: string): void => { problems.push({ line: at(id), column: id, reason }); };

    if (values.ACTION !== undefined) {
      if (values.ACTION.toUpperCase() === 'D') problem('ACTION', reasons.deletion());
      delete values.ACTION;
    }
    const dimensions: Record<string, string> = {};
    for (const d of dsd.dimensions) {
      if (d.kind === 'time') continue;
      const code = values[d.id];
      if (code === undefined || code === '') {
        problem(d.id, reasons.missingDimension(d.id, this.label));
        continue;
      }
      const reason = this.codeProblem(d, code);
      if (reason) problem(d.id, reason);
      if (!KEY_ROLES.has(d.id) && !FLOW_DIMENSIONS[d.id]?.(code)) dimensions[d.id] = code;
    }
    const attributes: Record<string, string> = {};
    for (const [id, value] of Object.entries(values)) {
      if (id === 'TIME_PERIOD' || id === 'OBS_VALUE') continue;
      const c = this.components.get(id);
      if (!c) {
        problem(id, reasons.unknownComponent(id, this.label));
        continue;
      }
      if (c.kind !== 'attribute') continue;
      const reason = this.codeProblem(c, value);
      if (reason) problem(id, reason);
      if (!UNIT_ATTRIBUTES.has(id)) attributes[id] = value;
    }
    for (const a of dsd.attributes) {
      if (a.mandatory && a.attachment !== 'dataset' && (values[a.id] ?? '') === '') problem(a.id, reasons.missingAttribute(a.id, this.label));
    }
    const period = this.periodOf(values.TIME_PERIOD ?? '');
    if (typeof period === 'string') problem('TIME_PERIOD', period);
    const valueText = values.OBS_VALUE ?? '';
    const value = valueText.trim() === '' || valueText === 'NaN' ? null : numericValue(valueText);
    if (value === null) problem('OBS_VALUE', reasons.blankValue());
    else if ('reason' in value) problem('OBS_VALUE', reasons.notANumber(valueText));

    const series = values.SERIES ?? '';
    const constraint = dsd.constraints.get(series);
    for (const [id, allowed] of constraint?.allowed ?? []) {
      const code = values[id];
      if (code === undefined || allowed.has(code) || (id === 'UNIT_MULT' && [...allowed].some((a) => Number(a) === Number(code)))) continue;
      problem(id, reasons.outsideConstraint(id, code, series, allowed));
    }
    const indicators = series ? this.indicatorsOf(series) : [];
    if (series && indicators.length === 0) problem('SERIES', reasons.noIndicator(series, this.context.frameworkId, dsd.seriesIndicators.get(series) ?? []));
    const areaCode = values.REF_AREA ?? '';
    const area = areaCode ? this.context.areaOf(areaCode) : undefined;
    if (areaCode && area === undefined) problem('REF_AREA', reasons.unknownArea(areaCode));
    else if (area !== undefined && this.context.country && !this.context.country.areas.has(area)) {
      problem('REF_AREA', reasons.outsideCountry(areaCode, this.context.country.code));
    }
    if (problems.length > 0 || typeof period === 'string' || value === null || 'reason' in value || area === undefined) return { problems };

    const multText = values.UNIT_MULT;
    const unitMult = multText !== undefined && /^[+-]?\d+$/.test(multText.trim()) ? Number(multText) : null;
    return {
      observation: { series, area, period, dimensions, value: value.value, unit: values.UNIT_MEASURE ?? '', unitMult, attributes },
      indicators,
    };
  }

  /** Why a code is not allowed for a component by its code list, or null (free-text components take any value). */
  private codeProblem(component: Component, code: string): string | null {
    let cache = this.codeCache.get(component.id);
    if (!cache) this.codeCache.set(component.id, (cache = new Map()));
    let reason = cache.get(code);
    if (reason === undefined) {
      const list = codelistOf(this.context.dsd, component);
      reason = list && !list.codes.has(code) ? reasons.notInCodelist(component.id, code, list.ref) : null;
      cache.set(code, reason);
    }
    return reason;
  }

  private periodOf(text: string): TimePeriod | string {
    let entry = this.periods.get(text);
    if (entry === undefined) {
      try {
        entry = parseTimePeriod(text, 'sdmx');
      } catch (e) {
        if (!(e instanceof TimePeriodError)) throw e;
        entry = reasons.notATimePeriod(text);
      }
      this.periods.set(text, entry);
    }
    return entry;
  }

  /** The framework indicators CL_SERIES links a series to (cached per series). */
  private indicatorsOf(series: string): string[] {
    let ids = this.indicatorCache.get(series);
    if (ids === undefined) {
      const codes = this.context.dsd.seriesIndicators.get(series) ?? [];
      ids = [...new Set(codes.map((c) => this.context.indicatorOf(c)).filter((id): id is string => id !== undefined))];
      this.indicatorCache.set(series, ids);
    }
    return ids;
  }
}


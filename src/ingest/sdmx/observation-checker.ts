import type { Observation, TimePeriod } from '../../domain/index.ts';
import { readCustomBreakdown } from '../../export/sdmx/index.ts';
import { numericValue } from '../numeric-value.ts';
import { type Component, type Dsd, codelistOf } from '../sdmx-dsd/index.ts';
import { TimePeriodError, parseTimePeriod } from '../time-period.ts';
import { type HeldCodes, heldForm } from './held-codes.ts';
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
  /** The framework indicators a stored series is linked to (`BD_LIT_RATE` → `['4.6.1']`), or undefined when not stored. */
  storedSeries?: (code: string) => string[] | undefined;
  /** The codes the store's published observations carry by series and component (see heldCodes); none when unset. */
  held?: HeldCodes;
}

/** One thing wrong with a record: the component at fault (its ID), the line it was given on, and why. */
export interface RecordProblem {
  line: number;
  column: string;
  reason: string;
}

/** A record that passed: the observation, the framework indicators of its series, and the codes the store vouched for. */
export interface CheckedRecord {
  observation: Observation;
  indicators: string[];
  /** Codes outside their code list or the series' content constraint, taken because the store holds them for the series. */
  vouched: VouchedCode[];
}

/** A code taken on the store's word: the component (its ID) and the code as given (`{ component: 'PRODUCT', code: 'alp' }`). */
export interface VouchedCode {
  component: string;
  code: string;
}

/**
 * Checks data records against a DSD and the store, and maps the good ones to observations. Every problem of a record
 * is listed (see reject-reasons.ts), in this order: ACTION D; each key dimension present and in its code list; each
 * given attribute a DSD attribute in its code list, mandatory observation and series attributes present; TIME_PERIOD
 * (ISO 8601 as SDMX writes it) and OBS_VALUE; the series' content constraint; the series' indicators; REF_AREA.
 * Results of code checks are cached per component and code.
 *
 * National extensions. National SDG data extend three code lists of the SDG DSD with their own codes, as national
 * SDG DSDs do and as the product's SDMX export writes them: CL_SERIES (national series), CL_AREA (districts, `BD-10`)
 * and CL_CUST_BREAKDOWN (national breakdowns). A code outside one of these three lists is taken when the store vouches
 * for it, and only then: a SERIES stored with a link to an indicator of the framework (its indicators are the stored
 * links), a REF_AREA that is the code of a stored reference area as stored (`BD-10`; an alias such as a province
 * number `3` is not vouched for), a CUST_BREAKDOWN that its CUST_BREAKDOWN_LB spells out by the
 * export's rule (see readCustomBreakdown; the labelled breakdowns are stored instead, `religion=Hindu`, and the label
 * is dropped). Such a code is outside the series' content constraint by nature and passes it. Every other code list
 * is checked as the DSD gives it, save for codes published before.
 *
 * Codes published before. The UN SDG Global Database, and so the data a national office holds, breaks the DSD's own
 * lists in places (lower-case PRODUCT codes `alp`, `bim`; UNIT_MEASURE `RO` for a series whose content constraint
 * allows `PT`). A code of any other component (a breakdown dimension, a coded attribute, UNIT_MEASURE, UNIT_MULT) that is
 * outside its code list or the series' content constraint is taken when the store's published observations of the
 * same series carry that same code for that component as the SDMX export writes them (see heldCodes: stored `PERCENT`
 * is held as `PT`, a breakdown the series leaves out as `_T`); the record lists it in `vouched`. The same code for
 * another series, or any such code in a store that holds no observations of the series, is rejected as before.
 *
 * Periods. A TIME_DETAIL that is a period of the same span as TIME_PERIOD, or a fiscal year starting in the year of a
 * reporting year `YYYY-A1` (the SDMX form of a fiscal year whose start day is not known; see sdmxTimePeriod), gives
 * the stored period: `2014-A1` with TIME_DETAIL `2014/15` is the fiscal year 2014/15, `2002-01-01/P7Y` with
 * `2002/03-2007/08` that range of fiscal years. When TIME_DETAIL is the period's own label and TIME_PERIOD wrote it
 * otherwise (what the export adds), it is not kept as an attribute.
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
    const series = values.SERIES ?? '';
    const heldFor = this.context.held?.get(series);
    const vouched: VouchedCode[] = [];
    /** Components that pass the series' content constraint because the store vouches for their code. */
    const national = new Set<string>();
    const vouch = (id: string, code: string): boolean => {
      if (id === 'SERIES' || !heldFor?.get(id)?.has(heldForm(id, code))) return false;
      vouched.push({ component: id, code });
      national.add(id);
      return true;
    };
    const dimensions: Record<string, string> = {};
    for (const d of dsd.dimensions) {
      if (d.kind === 'time') continue;
      const code = values[d.id];
      if (code === undefined || code === '') {
        problem(d.id, reasons.missingDimension(d.id, this.label));
        continue;
      }
      const custom = d.id === 'CUST_BREAKDOWN' ? this.nationalBreakdown(d, code, values.CUST_BREAKDOWN_LB) : null;
      if (custom) {
        Object.assign(dimensions, custom);
        delete values.CUST_BREAKDOWN_LB;
        national.add(d.id);
        continue;
      }
      const reason = this.codeProblem(d, code);
      if (reason) {
        if (!vouch(d.id, code)) problem(d.id, reason);
      } else if (this.nationalCode(d.id, code) && !codelistOf(dsd, d)?.codes.has(code)) national.add(d.id);
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
      if (reason && !vouch(id, value)) problem(id, reason);
      // Free text is kept without the spaces around it (` PARIS21` → `PARIS21`), as the other importers keep it.
      if (!UNIT_ATTRIBUTES.has(id) && value.trim() !== '') attributes[id] = value.trim();
    }
    for (const a of dsd.attributes) {
      if (a.mandatory && a.attachment !== 'dataset' && (values[a.id] ?? '') === '') problem(a.id, reasons.missingAttribute(a.id, this.label));
    }
    const period = this.periodOf(values.TIME_PERIOD ?? '', values.TIME_DETAIL);
    if (typeof period === 'string') problem('TIME_PERIOD', period);
    else if (values.TIME_DETAIL === period.label && values.TIME_PERIOD !== period.label) delete attributes.TIME_DETAIL;
    const valueText = values.OBS_VALUE ?? '';
    const value = valueText.trim() === '' || valueText === 'NaN' ? null : numericValue(valueText);
    if (value === null) problem('OBS_VALUE', reasons.blankValue());
    else if ('reason' in value) problem('OBS_VALUE', reasons.notANumber(valueText));

    const constraint = dsd.constraints.get(series);
    for (const [id, allowed] of constraint?.allowed ?? []) {
      const code = values[id];
      if (code === undefined || national.has(id) || allowed.has(code) || (id === 'UNIT_MULT' && [...allowed].some((a) => Number(a) === Number(code)))) continue;
      if (!vouch(id, code)) problem(id, reasons.outsideConstraint(id, code, series, allowed));
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
      vouched,
    };
  }

  /** Why a code is not allowed for a component by its code list, or null (free-text components take any value). */
  private codeProblem(component: Component, code: string): string | null {
    let cache = this.codeCache.get(component.id);
    if (!cache) this.codeCache.set(component.id, (cache = new Map()));
    let reason = cache.get(code);
    if (reason === undefined) {
      const list = codelistOf(this.context.dsd, component);
      reason = list && !list.codes.has(code) && !this.nationalCode(component.id, code) ? reasons.notInCodelist(component.id, code, list.ref) : null;
      cache.set(code, reason);
    }
    return reason;
  }

  /** Whether the store vouches for a SERIES or REF_AREA code outside the DSD's list (see the class notes). */
  private nationalCode(id: string, code: string): boolean {
    if (id === 'REF_AREA') return this.context.areaOf(code) === code;
    if (id === 'SERIES') return (this.context.storedSeries?.(code) ?? []).some((i) => this.context.indicatorOf(i) !== undefined);
    return false;
  }

  /** The national breakdowns a CUST_BREAKDOWN code outside its list stands for, when its label spells it out; else null. */
  private nationalBreakdown(component: Component, code: string, label: string | undefined): Record<string, string> | null {
    const list = codelistOf(this.context.dsd, component);
    if (!list || list.codes.has(code) || !label) return null;
    return readCustomBreakdown(code, label);
  }

  /** The period of a TIME_PERIOD text, or the period its TIME_DETAIL names when that is the same span (see the class notes). */
  private periodOf(text: string, detail: string | undefined): TimePeriod | string {
    const period = this.parsed(text);
    if (typeof period === 'string' || !detail || detail === period.label) return period;
    const named = this.parsed(detail);
    if (typeof named === 'string') return period;
    const sameSpan = named.start === period.start && named.end === period.end;
    const fiscalYear = /^\d{4}-A1$/.test(text) && named.kind === 'fiscal-year' && named.start.slice(0, 4) === text.slice(0, 4);
    return sameSpan || fiscalYear ? named : period;
  }

  private parsed(text: string): TimePeriod | string {
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

  /** The framework indicators CL_SERIES links a series to, or the stored links of a national series (cached per series). */
  private indicatorsOf(series: string): string[] {
    let ids = this.indicatorCache.get(series);
    if (ids === undefined) {
      const codes = this.context.dsd.seriesIndicators.get(series) ?? [];
      ids = [...new Set(codes.map((c) => this.context.indicatorOf(c)).filter((id): id is string => id !== undefined))];
      const component = this.components.get('SERIES');
      const listed = component ? codelistOf(this.context.dsd, component)?.codes.has(series) ?? true : true;
      if (!listed && this.nationalCode('SERIES', series)) ids = this.context.storedSeries!(series)!.filter((i) => this.context.indicatorOf(i) !== undefined);
      this.indicatorCache.set(series, ids);
    }
    return ids;
  }
}


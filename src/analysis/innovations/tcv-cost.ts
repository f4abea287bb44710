/**
 * The citizen's cost of obtaining a service, by component, as a2i's TCV measures it. Source: a2i, Service Process
 * Simplification (SPS) / TCV — "Cost" is everything the citizen spends to get the service: official fees, travel,
 * the income lost while away (opportunity cost) and payments to intermediaries.
 *
 * Amounts are never converted between currencies: a sum or a comparison over items in different currencies is
 * refused with a reason naming them, because any exchange rate (which date, market or PPP?) would be a choice the
 * source did not make. A component missing on one side is not taken as 0: it is not compared, and the reason says
 * so (record an explicit 0 when the cost is gone, e.g. intermediaries no longer needed).
 */
import { weakestStrength, type EvidenceStrength } from './evidence-strength.ts';
import { rangeOf, reductionOf, type Range, type Reduction } from './reduction.ts';

/**
 * What the citizen pays for: `fees` (official), `travel`, `opportunity` (income lost), `intermediaries` (agents,
 * brokers, informal payments), or `all` when the source gives one figure for every component together (the seed's
 * land-records row: BDT 1045 → 80 per transaction); an `all` figure is never added to a component.
 */
export type CostComponent = 'fees' | 'travel' | 'opportunity' | 'intermediaries' | 'all';
export const COST_COMPONENTS: readonly CostComponent[] = ['fees', 'travel', 'opportunity', 'intermediaries', 'all'];

/** One cost figure as the store keeps it: amount (one value or [low, high]) in a currency (ISO 4217, e.g. 'BDT'). */
export interface CostItem {
  component: CostComponent;
  amount: number | readonly [number, number];
  currency: string;
  strength: EvidenceStrength;
  /** Optional wording of the item, e.g. 'court fee'. */
  label?: string;
}

/** A sum in one currency, or the reason it was refused. */
export type CostTotal =
  | { ok: true; currency: string; total: Range; strength: EvidenceStrength; strengthNote: string }
  | { ok: false; reason: string };

/** The cost reductions between a baseline and a post list of cost items. */
export interface CostReductions {
  /** One reduction per component measured on both sides in one currency, in COST_COMPONENTS order. */
  byComponent: (Reduction & { component: CostComponent })[];
  /** The reduction of the total, or null (see `notes`). */
  total: Reduction | null;
  /** Why a component or the total was not compared. */
  notes: string[];
}

/**
 * The sum of cost items in their one currency, taking the weakest strength.
 * @example sumCosts([{ component: 'fees', amount: 20, currency: 'BDT', strength: 'official_claim' },
 *   { component: 'fees', amount: 1000, currency: 'BDT', strength: 'official_claim' }]) // ok, total 1020 BDT
 * @example sumCosts([{ …, currency: 'BDT' }, { …, currency: 'USD' }]).reason // 'not summed: the items are in different currencies (BDT, USD); amounts are never converted'
 */
export function sumCosts(items: readonly CostItem[], label = 'item'): CostTotal {
  if (items.length === 0) return { ok: false, reason: 'not summed: no cost items' };
  const currencies = [...new Set(items.map((i) => currencyOf(i)))].sort();
  if (currencies.length > 1) {
    return { ok: false, reason: `not summed: the items are in different currencies (${currencies.join(', ')}); amounts are never converted` };
  }
  if (items.some((i) => i.component === 'all') && items.some((i) => i.component !== 'all')) {
    return { ok: false, reason: "not summed: a figure for all components ('all') cannot be added to a single component" };
  }
  const ranges = items.map(amountRange);
  const total = rangeOf(ranges.reduce((s, r) => s + r.low, 0), ranges.reduce((s, r) => s + r.high, 0));
  const { strength, note } = weakestStrength(items.map((i, n) => [i.strength, i.label ?? `${label} ${n + 1}`] as const));
  return { ok: true, currency: currencies[0]!, total, strength, strengthNote: note };
}

/**
 * Reductions per component and of the total between `before` and `after` (see the module comment for what is
 * refused). The total is compared only when both sides measure the same components, all in one currency.
 * @example costReductions([{ component: 'fees', amount: 1045, currency: 'BDT', strength: 'independent' }],
 *   [{ component: 'fees', amount: 80, currency: 'BDT', strength: 'independent' }]).total?.percent?.mid // 92.34…
 */
export function costReductions(before: readonly CostItem[], after: readonly CostItem[]): CostReductions {
  const byComponent: CostReductions['byComponent'] = [];
  const notes: string[] = [];
  for (const component of COST_COMPONENTS) {
    const b = before.filter((i) => i.component === component);
    const a = after.filter((i) => i.component === component);
    if (b.length === 0 && a.length === 0) continue;
    if (b.length === 0 || a.length === 0) {
      notes.push(`${component}: not compared, no ${b.length === 0 ? 'baseline' : 'post'} value (a cost that is gone is recorded as 0)`);
      continue;
    }
    const r = compare(component, sumCosts(b, `baseline ${component}`), sumCosts(a, `post ${component}`));
    if (typeof r === 'string') notes.push(r);
    else byComponent.push({ ...r, component });
  }
  const sameComponents = COST_COMPONENTS.every((c) => before.some((i) => i.component === c) === after.some((i) => i.component === c));
  let total: Reduction | null = null;
  if (before.length === 0 || after.length === 0) notes.push('total: not compared, one side has no cost items');
  else if (!sameComponents) notes.push('total: not compared, the baseline and the post measure different components');
  else {
    const r = compare('total', sumCosts(before, 'baseline'), sumCosts(after, 'post'));
    if (typeof r === 'string') notes.push(r);
    else total = r;
  }
  return { byComponent, total, notes };
}

function compare(what: string, b: CostTotal, a: CostTotal): Reduction | string {
  if (!b.ok) return `${what}: baseline ${b.reason}`;
  if (!a.ok) return `${what}: post ${a.reason}`;
  if (b.currency !== a.currency) {
    return `${what}: not compared, baseline in ${b.currency} and post in ${a.currency}; amounts are never converted`;
  }
  const r = reductionOf(b.currency, { value: b.total, strength: b.strength }, { value: a.total, strength: a.strength });
  const strengthNote = [b.strengthNote, a.strengthNote, r.strengthNote].filter(Boolean).join('; ');
  return { ...r, strengthNote };
}

function currencyOf(item: CostItem): string {
  return item.currency.trim().toUpperCase();
}

function amountRange(item: CostItem): Range {
  return typeof item.amount === 'number' ? rangeOf(item.amount) : rangeOf(item.amount[0], item.amount[1]);
}

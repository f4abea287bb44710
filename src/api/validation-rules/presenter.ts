import type { StoredValidationRule } from '../../store/index.ts';
import type { RuleInForce } from '../../workflow/validation/index.ts';

/** A rule as the API shows it (see ruleSchema). */
export interface RuleBody {
  id: number | null;
  indicatorId: string;
  kind: RuleInForce['kind'];
  severity: RuleInForce['severity'];
  series: string | null;
  unit: string | null;
  unitKind: 'percent' | null;
  params: Record<string, unknown>;
  builtIn: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

/**
 * `presentRule(rule)` → `{ id, indicatorId, kind, severity, series, unit, unitKind, params, builtIn, createdAt, updatedAt }`;
 * built-in rules have `id`, `createdAt` and `updatedAt` null.
 */
export function presentRule(rule: RuleInForce | StoredValidationRule): RuleBody {
  const stored = 'createdAt' in rule ? rule : null;
  return {
    id: rule.id,
    indicatorId: rule.indicatorId,
    kind: rule.kind,
    severity: rule.severity,
    series: rule.series ?? null,
    unit: rule.unit ?? null,
    unitKind: ('unitKind' in rule ? rule.unitKind : null) ?? null,
    params: { ...rule.params },
    builtIn: ('builtIn' in rule ? rule.builtIn : false) ?? false,
    createdAt: stored?.createdAt ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

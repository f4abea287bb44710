import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { GOAL_COLOURS, type Goal, type Indicator, type Target } from '../../domain/index.ts';
import { ImportError } from '../reject-report.ts';

interface FrameworkCsvRow {
  level: string;
  id: string;
  goal: string;
  target: string;
  unsd_code: string;
  repeated_as: string;
  title_en: string;
}

/**
 * Reads the UN global indicator framework list (`datasets/framework/un-gif-2025.csv`: one row per goal, target and
 * indicator listing; columns level,id,goal,target,unsd_code,repeated_as,title_en) into goals, targets and unique
 * indicators with English titles. Listings that share a UNSD code are one indicator, identified by its first code.
 * Source: United Nations, A/RES/71/313 annex (UNSD "Global indicator framework after the 2025 review").
 * @throws ImportError naming the line when a row has an unknown level or an indicator points at an unknown target.
 * @example readFrameworkCsv('datasets/framework/un-gif-2025.csv').indicators.length // 235
 */
export function readFrameworkCsv(path: string): { goals: Goal[]; targets: Target[]; indicators: Indicator[] } {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true }) as FrameworkCsvRow[];
  const goals: Goal[] = [];
  const targets: Target[] = [];
  const indicators: Indicator[] = [];
  const byUnsdCode = new Map<string, Indicator>();
  const targetCodes = new Set<string>();

  rows.forEach((row, index) => {
    const line = index + 2;
    switch (row.level) {
      case 'goal': {
        const colour = GOAL_COLOURS[Number(row.id) - 1];
        if (!colour) throw new ImportError(path, `line ${line}: goal "${row.id}" is not 1–17`);
        goals.push({ code: row.id, colour, titles: { en: { title: withoutFootnoteMark(row.title_en) } } });
        break;
      }
      case 'target':
        targets.push({ code: row.id, goalCode: row.goal, titles: { en: { title: withoutFootnoteMark(row.title_en) } } });
        targetCodes.add(row.id);
        break;
      case 'indicator': {
        if (!targetCodes.has(row.target)) {
          throw new ImportError(path, `line ${line}, column target: indicator ${row.id} names unknown target "${row.target}"`);
        }
        const listing = { code: row.id, targetCode: row.target };
        const key = row.unsd_code || row.id;
        const existing = byUnsdCode.get(key);
        if (existing) {
          existing.listings.push(listing);
        } else {
          const indicator: Indicator = {
            id: row.id, unsdCode: row.unsd_code || null, kind: 'global', listings: [listing],
            titles: { en: { title: withoutFootnoteMark(row.title_en) } },
          };
          byUnsdCode.set(key, indicator);
          indicators.push(indicator);
        }
        break;
      }
      default:
        throw new ImportError(path, `line ${line}, column level: "${row.level}" is not goal, target or indicator`);
    }
  });
  return { goals, targets, indicators };
}

/**
 * A title without the footnote number the UN document prints right after its last word (A/RES/71/313 annex: goal 13
 * "…and its impacts³", target 14.6 "…negotiation³", indicator 17.6.1 "…by speed⁴"), which the text copy runs into the
 * word. Numbers that stand as words ("…by 2030", "…of 1.5") are kept.
 * @example withoutFootnoteMark('Take urgent action to combat climate change and its impacts3') // '…and its impacts'
 */
export function withoutFootnoteMark(title: string): string {
  return title.replace(/(?<=[a-z])\d$/, '');
}

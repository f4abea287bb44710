import type { EChartsOption } from 'echarts';
import type { GoalCell, LinkClass, LinkPair, Partner } from './links-api.ts';

/** Colours of the classes: blue for synergies, orange for trade-offs (told apart without red–green), grey otherwise. */
export const CLASS_COLOURS: Record<LinkClass, string> = { synergy: '#2166ac', trade_off: '#b35806', unclassified: '#8c8c8c' };

/** Words and number formats the charts need, from the page's language. */
export interface ChartWords {
  format(value: number): string;
  code(code: string): string;
  description: string;
  cell?(cell: GoalCell): string;
  /** Ends of the matrix legend: [synergies, trade-offs]. */
  ends?: [string, string];
}

/**
 * Goals × goals heat matrix: each cell's colour is the share of synergies minus the share of trade-offs among its
 * pairs (−1 all trade-offs … +1 all synergies); cells without pairs stay empty. Symmetric: each goal pair is drawn
 * at (a, b) and (b, a).
 */
export function matrixOption(goals: string[], cells: GoalCell[], words: ChartWords): EChartsOption {
  const data: { value: [number, number, number]; cell: GoalCell }[] = [];
  for (const c of cells) {
    const x = goals.indexOf(c.goalA), y = goals.indexOf(c.goalB);
    if (x < 0 || y < 0) continue;
    const net = c.shares.synergy - c.shares.trade_off;
    data.push({ value: [x, y, net], cell: c });
    if (x !== y) data.push({ value: [y, x, net], cell: c });
  }
  const labels = goals.map(words.code);
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    grid: { left: 36, right: 12, top: 12, bottom: 72 },
    tooltip: { formatter: (p) => words.cell?.((p as unknown as { data: { cell: GoalCell } }).data.cell) ?? '' },
    xAxis: { type: 'category', data: labels, splitArea: { show: true }, axisLabel: { interval: 0 } },
    yAxis: { type: 'category', data: labels, splitArea: { show: true }, axisLabel: { interval: 0 }, inverse: true },
    visualMap: {
      min: -1, max: 1, calculable: false, ...(words.ends ? { text: words.ends } : {}), orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160,
      inRange: { color: [CLASS_COLOURS.trade_off, '#f4f4f4', CLASS_COLOURS.synergy] },
      formatter: (v) => words.format(Number(v)),
    },
    series: [{ type: 'heatmap', data, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } }],
  };
}

/**
 * A network of synergies and trade-offs: indicators as nodes (coloured by goal, sized by their number of links),
 * classified pairs as edges (blue synergy, orange trade-off, width by |ρ|); unclassified pairs are left out.
 */
export function networkOption(pairs: LinkPair[], goalColours: Map<string, string>, words: ChartWords): EChartsOption {
  const degree = new Map<string, number>();
  const titles = new Map<string, { title: string; goal: string }>();
  const linked = pairs.filter((p) => p.class !== 'unclassified');
  for (const p of linked) {
    for (const s of [p.a, p.b]) {
      degree.set(s.code, (degree.get(s.code) ?? 0) + 1);
      titles.set(s.code, { title: s.title, goal: s.goals[0] ?? s.code.split('.')[0]! });
    }
  }
  const nodes = [...degree].map(([code, d]) => ({
    id: code, name: words.code(code), value: d, symbolSize: 10 + Math.min(20, d * 2),
    itemStyle: { color: goalColours.get(titles.get(code)!.goal) ?? '#666' }, title: titles.get(code)!.title,
  }));
  const edges = linked.map((p) => ({
    source: p.a.code, target: p.b.code, value: p.rho,
    lineStyle: { color: CLASS_COLOURS[p.class], width: 1 + 3 * Math.abs(p.rho), opacity: 0.8 },
  }));
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    tooltip: {
      formatter: (p) => {
        const d = (p as unknown as { dataType: string; data: { name?: string; title?: string; value: number; source?: string; target?: string } });
        return d.dataType === 'edge'
          ? `${words.code(d.data.source!)} – ${words.code(d.data.target!)}: ρ = ${words.format(d.data.value)}`
          : `${d.data.name}: ${d.data.title}`;
      },
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, edges,
      label: { show: nodes.length <= 40, position: 'right', fontSize: 11 },
      force: { repulsion: 120, edgeLength: [40, 120], gravity: 0.1 },
      emphasis: { focus: 'adjacency' },
    }],
  };
}

/** One partner's scatter: this indicator's value across, the partner's up, one point per shared year (labelled). */
export function scatterOption(partner: Partner, names: { x: string; y: string }, words: ChartWords & { year(y: number): string }): EChartsOption {
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    tooltip: { formatter: (p) => {
      const [x, y, year] = (p as unknown as { value: [number, number, number] }).value;
      return `${words.year(year)}: ${words.format(x)}, ${words.format(y)}`;
    } },
    xAxis: { type: 'value', scale: true, name: names.x, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v: number) => words.format(v) } },
    yAxis: { type: 'value', scale: true, name: names.y, nameLocation: 'middle', nameGap: 44, axisLabel: { formatter: (v: number) => words.format(v) } },
    series: [{
      type: 'scatter', symbolSize: 9, itemStyle: { color: CLASS_COLOURS[partner.class] },
      data: partner.points.map((p) => [p.value, p.partnerValue, p.year]),
      label: { show: true, position: 'top', fontSize: 10, formatter: (p) => words.year((p as unknown as { value: number[] }).value[2]!) },
    }],
  };
}

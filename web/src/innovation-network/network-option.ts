import type { EChartsOption } from 'echarts';
import type { NetworkModel } from './network-model.ts';

/** Provider countries blue, adopters orange, countries that are both purple (told apart without red–green). */
const COLOURS = { provider: '#2166ac', adopter: '#b35806', both: '#762a83' };

/** Words the chart needs, in the page's language. */
export interface NetworkWords {
  name(iso3: string): string;
  caseTitle(caseId: string): string;
  number(n: number): string;
  description: string;
  node(name: string, replications: string): string;
}

/**
 * Countries as nodes (size by replications, colour by role), one edge per replication from the provider country to
 * the adopter country (the innovation in its tooltip), laid out by force.
 */
export function networkOption(model: NetworkModel, words: NetworkWords): EChartsOption {
  const max = Math.max(1, ...model.countries.map((c) => c.replications));
  const nodes = model.countries.map((c) => ({
    id: c.iso3, name: words.name(c.iso3), value: c.replications,
    symbolSize: 6 + 30 * Math.sqrt(c.replications / max),
    itemStyle: { color: c.provided && c.adopted ? COLOURS.both : c.provided ? COLOURS.provider : COLOURS.adopter },
    label: { show: c.provided > 0 || c.replications >= max / 4 },
  }));
  const edges = model.edges.map((e) => ({ source: e.source, target: e.target, caseId: e.caseId }));
  return {
    aria: { enabled: true, label: { description: words.description } },
    animation: false,
    tooltip: {
      formatter: (p) => {
        const d = p as unknown as { dataType: string; data: { name?: string; value?: number; source?: string; target?: string; caseId?: string } };
        return d.dataType === 'edge'
          ? `${words.name(d.data.source!)} → ${words.name(d.data.target!)}: ${words.caseTitle(d.data.caseId!)}`
          : words.node(d.data.name!, words.number(d.data.value!));
      },
    },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, edges,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 5,
      lineStyle: { color: '#999', opacity: 0.35, width: 1, curveness: 0.1 },
      label: { position: 'right', fontSize: 11 },
      force: { repulsion: 110, edgeLength: [40, 120], gravity: 0.08 },
      emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9, width: 2 } },
    }],
  };
}

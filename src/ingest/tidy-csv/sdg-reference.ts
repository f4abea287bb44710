import type { SeriesRelation } from '../../domain/index.ts';

/** An SDG indicator code: goal, target (number or letter), indicator, e.g. `17.8.1`, `1.a.2`. */
const INDICATOR_CODE = /^(\d{1,2}\.(?:\d{1,2}|[a-z])\.\d{1,2})(?![.\d])/i;

/**
 * The SDG indicators a reference cell names, as a national file writes it: `8.6.1`, `17.8.1 (proxy)`,
 * `7.1.2 (proxy, derived)`, or several separated by commas (`12.2.2, 8.4.2`). Each link takes `relation`, except
 * that a reference marked `proxy` is always a proxy. Targets (`4.6 (proxy)`), placeholders (`11.x (context)`),
 * context notes and blanks name no indicator and give an empty list.
 * @example sdgReferences('17.8.1 (proxy)', 'measures') // [{ indicatorId: '17.8.1', relation: 'proxy' }]
 * @example sdgReferences('12.2.2, 8.4.2', 'measures') // [{ indicatorId: '12.2.2', … }, { indicatorId: '8.4.2', … }]
 * @example sdgReferences('(context for 1.3/4.5/10.2)', 'proxy') // []
 */
export function sdgReferences(text: string, relation: SeriesRelation): { indicatorId: string; relation: SeriesRelation }[] {
  const links: { indicatorId: string; relation: SeriesRelation }[] = [];
  for (const part of text.split(',')) {
    const given = part.trim();
    const code = INDICATOR_CODE.exec(given)?.[1];
    if (!code) continue;
    const id = code.toLowerCase();
    if (links.some((l) => l.indicatorId === id)) continue;
    links.push({ indicatorId: id, relation: /proxy/i.test(given) ? 'proxy' : relation });
  }
  return links;
}

/**
 * The chart as a file people can reuse on its own: a white page with the chart's title and selection above it and
 * its source and address below, around the chart's own SVG.
 */

/** What the downloaded chart says around the drawing, in the reader's language. */
export interface ChartDocument {
  /** The chart's own SVG (`<svg width="…" height="…" …>…</svg>`), as ECharts renders it. */
  chart: string;
  /** Size of the chart in pixels. */
  width: number;
  height: number;
  /** e.g. `Under-five mortality rate, by sex (deaths per 1,000 live births)`. */
  title: string;
  /** What is shown, e.g. `Bangladesh, Female`; empty when nothing was chosen. */
  selection: string;
  /** e.g. `Source: UN Global SDG Indicators Database, Bangladesh (vintage 17 December 2023)`. */
  source: string;
  /** The page the chart comes from, e.g. `https://sdg.example.org/indicators/3.2.1?SEX=F`. */
  address?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

const PADDING = 16;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans Bengali, Noto Sans Arabic, sans-serif';
/** Font size and line height of each block of text, in pixels. */
const TITLE = { size: 18, line: 24, weight: 700, colour: '#1b1b1b' };
const SELECTION = { size: 14, line: 20, weight: 400, colour: '#333b47' };
const NOTE = { size: 12, line: 16, weight: 400, colour: '#555e6b' };

/**
 * One standalone SVG document: a white background, the title (wrapped to the chart's width), the selection, the
 * chart, then the source and the address. Right-to-left languages align their text to the right.
 * @example chartSvgDocument({ chart: '<svg width="600" height="400" …>…</svg>', width: 600, height: 400,
 *   title: 'Under-five mortality rate', selection: 'Bangladesh, Female', source: 'Source: UN SDG Database' })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="…">…'
 */
export function chartSvgDocument(doc: ChartDocument): string {
  const rtl = doc.dir === 'rtl';
  const textWidth = doc.width - 2 * PADDING;
  const texts: string[] = [];
  let y = PADDING;
  const block = (text: string, style: typeof TITLE) => {
    for (const line of wrapText(text, textWidth, style.size)) {
      y += style.line;
      texts.push(`<text x="${rtl ? doc.width - PADDING : PADDING}" y="${y - (style.line - style.size) / 2 - 2}"${rtl ? ' direction="rtl"' : ''}` +
        ` font-size="${style.size}" font-weight="${style.weight}" fill="${style.colour}">${escapeXml(line)}</text>`);
    }
  };
  block(doc.title, TITLE);
  if (doc.selection) block(doc.selection, SELECTION);
  y += PADDING / 2;
  const chartTop = y;
  y += doc.height + PADDING / 2;
  block(doc.source, NOTE);
  if (doc.address) block(doc.address, NOTE);
  const height = Math.ceil(y + PADDING);
  const chart = doc.chart.replace(/^\s*(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="0" y="${chartTop}"`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${doc.width}" height="${height}" viewBox="0 0 ${doc.width} ${height}"` +
    `${doc.lang ? ` xml:lang="${escapeXml(doc.lang)}"` : ''}>\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n` +
    `<g font-family="${FONT}">\n${texts.join('\n')}\n</g>\n${chart}\n</svg>\n`;
}

/**
 * Lines of at most `width` pixels at `size` pixels a character (an estimate: wide scripts take a full em, others
 * about half), broken between words, and inside a word only when the word alone is too long (Chinese has no spaces).
 * @example wrapText('Under-five mortality rate, by sex', 120, 14) // ['Under-five', 'mortality rate,', 'by sex']
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const fits = (line: string) => textWidth(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (!fits(line + char) && line) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 1 : 0.56;
  return ems * size;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

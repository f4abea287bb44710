import { createElement, Fragment, type ReactNode } from 'react';

/** Elements metadata may use; anything else is dropped, keeping its text. */
const ALLOWED = new Set([
  'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'a', 'sup', 'sub', 'code', 'pre', 'blockquote',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'h3', 'h4', 'h5', 'h6', 'span', 'div', 'dl', 'dt', 'dd', 'abbr',
]);
/** Headings of metadata sit under the page's own h2/h3, so h1 and h2 become h4. */
const RENAMED: Record<string, string> = { h1: 'h4', h2: 'h4' };
/** Elements dropped together with their content. */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'form', 'img']);

/**
 * Metadata text that may contain HTML, rendered as React elements built from an allow-list: tags outside it
 * disappear (their text stays), every attribute is dropped except a link's `href` (http, https or mailto only) and
 * table cells' `colspan`/`rowspan`. Plain text renders as paragraphs split on blank lines.
 * @example <SafeHtml html={'<p onclick="x()">See <a href="https://unstats.un.org">UNSD</a></p>'} />
 * // <p>See <a href="https://unstats.un.org" rel="noopener noreferrer">UNSD</a></p>
 */
export function SafeHtml({ html }: { html: string }) {
  if (!/<[a-z!/]/i.test(html)) {
    return <>{html.split(/\n\s*\n/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}</>;
  }
  const document = new DOMParser().parseFromString(html, 'text/html');
  return <>{convertChildren(document.body)}</>;
}

function convertChildren(node: Node): ReactNode[] {
  return [...node.childNodes].map((child, i) => convert(child, i));
}

function convert(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const name = RENAMED[tag] ?? tag;
  if (!ALLOWED.has(name) && !RENAMED[tag]) return <Fragment key={key}>{convertChildren(element)}</Fragment>;

  const props: Record<string, string | number> = { key };
  if (name === 'a') {
    const href = element.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(href.trim())) {
      props.href = href.trim();
      props.rel = 'noopener noreferrer';
    }
  }
  if (name === 'td' || name === 'th') {
    for (const attribute of ['colspan', 'rowspan'] as const) {
      const value = Number(element.getAttribute(attribute));
      if (Number.isInteger(value) && value > 1 && value < 100) props[attribute === 'colspan' ? 'colSpan' : 'rowSpan'] = value;
    }
  }
  const children = convertChildren(element);
  return createElement(name, props, ...(children.length > 0 ? children : []));
}

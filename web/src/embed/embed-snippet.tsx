import { useState } from 'react';
import type { IndicatorDetail } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import type { Selection } from '../indicator/selection.ts';
import { embedSnippet } from './embed-address.ts';
import './embed.css';

/**
 * "Embed this chart": the `<iframe>` snippet of the shown selection's embeddable chart (`/embed/indicator/<code>`
 * with the selection and language in its address), ready to copy into another site's page.
 */
export function EmbedSnippet({ indicator, selection, title }: { indicator: IndicatorDetail; selection: Selection; title: string }) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  const snippet = embedSnippet(window.location.origin, indicator.code, selection, lang, title);
  const copy = () => {
    void navigator.clipboard?.writeText(snippet).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <details className="embed-snippet" onToggle={() => setCopied(false)}>
      <summary>{t('embed.heading')}</summary>
      <p>{t('embed.intro')}</p>
      <label htmlFor="embed-code">{t('embed.code')}</label>
      <textarea id="embed-code" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-snippet__actions">
        <button type="button" className="download-link" onClick={copy}>{t('embed.copy')}</button>
        <span role="status">{copied ? t('embed.copied') : ''}</span>
      </div>
    </details>
  );
}

import { useEffect } from 'react';
import type { Site } from '../api/types.ts';
import { useSite } from './site-context.tsx';

/** `GET /site`'s `branding`: the country pack's logo address and colours, null parts when the pack gives none. */
interface Branding {
  logo: string | null;
  colours: { primary: string; accent: string } | null;
}

/** The banner's line takes the accent colour; the default line stays when the pack gives none. */
const ACCENT_RULE = '.site-header { border-block-end-color: var(--brand-accent, #0f2440); }';

/**
 * The country pack's mark in the banner: its logo beside the site's name (decorative: the name says what it is), and
 * its colours on the page (`--brand` for the banner and buttons, `--brand-accent` for the line under the banner).
 * Renders nothing until `GET /site` answers, and only the colours when the pack has no logo.
 */
export function SiteBrand() {
  const site = useSite() as (Site & { branding?: Branding }) | undefined;
  const branding = site?.branding;
  const primary = branding?.colours?.primary;
  const accent = branding?.colours?.accent;

  useEffect(() => {
    if (!primary || !accent) return undefined;
    const root = document.documentElement.style;
    root.setProperty('--brand', primary);
    root.setProperty('--brand-accent', accent);
    return () => {
      root.removeProperty('--brand');
      root.removeProperty('--brand-accent');
    };
  }, [primary, accent]);

  return (
    <>
      <style>{ACCENT_RULE}</style>
      {branding?.logo && (
        <img className="site-brand__logo" src={branding.logo} alt="" width={40} height={40}
          style={{ inlineSize: '2.5rem', blockSize: '2.5rem', flex: 'none', objectFit: 'contain' }} />
      )}
    </>
  );
}

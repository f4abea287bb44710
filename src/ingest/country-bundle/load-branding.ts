import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, setSettings } from '../../store/index.ts';
import type { CountryPack } from './pack-schema.ts';

/**
 * Settings the pack's look is kept in, so every server process answers the same (`GET /site`, `GET /site/logo`):
 * the logo as base64 with its media type and a digest (for the address and ETag), and the two colours.
 */
export const BRANDING_SETTINGS = {
  logo: 'site_logo',
  logoType: 'site_logo_type',
  logoDigest: 'site_logo_digest',
  primary: 'site_colour_primary',
  accent: 'site_colour_accent',
} as const;

/** What the pack's branding set: the logo's media type and size, and the colours; null without `branding`. */
export interface BrandingReport {
  logo: { file: string; type: string; bytes: number } | null;
  colours: { primary: string; accent: string };
}

/**
 * Stores the pack's logo (read whole; readCountryPack has checked its kind and size) and colours in the settings.
 * Call inside the pack's transaction.
 * @example await loadBranding(trx, 'datasets/countries/bgd', pack)
 *   // { logo: { file: 'branding/logo.svg', type: 'image/svg+xml', bytes: 391 }, colours: { primary: '#006A4E', accent: '#F42A41' } }
 */
export async function loadBranding(trx: Db, folder: string, pack: CountryPack): Promise<BrandingReport | null> {
  const branding = pack.branding;
  if (!branding) return null;
  const values: Record<string, string> = {
    [BRANDING_SETTINGS.primary]: branding.colours.primary.toUpperCase(),
    [BRANDING_SETTINGS.accent]: branding.colours.accent.toUpperCase(),
  };
  let logo: BrandingReport['logo'] = null;
  if (branding.logo) {
    const bytes = readFileSync(join(folder, branding.logo));
    const type = /\.svg$/i.test(branding.logo) ? 'image/svg+xml' : 'image/png';
    values[BRANDING_SETTINGS.logo] = bytes.toString('base64');
    values[BRANDING_SETTINGS.logoType] = type;
    values[BRANDING_SETTINGS.logoDigest] = createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
    logo = { file: branding.logo, type, bytes: bytes.length };
  }
  await setSettings(trx, values);
  return { logo, colours: { primary: values[BRANDING_SETTINGS.primary]!, accent: values[BRANDING_SETTINGS.accent]! } };
}

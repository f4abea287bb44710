import { useI18n } from '../i18n/index.tsx';

/** The strength of a piece of evidence as a labelled badge: self-reported, official claim, independent, peer reviewed. */
export function StrengthBadge({ strength }: { strength: string }) {
  const { t } = useI18n();
  return <span className={`innov-badge innov-badge--${strength}`}>{t(`innovations.strengths.${strength}`)}</span>;
}

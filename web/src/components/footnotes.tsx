import type { Observation } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * Notes on the shown observations: their comments (numbered as in the table), the nature of the data (country,
 * estimated, modelled … per SDMX `NATURE`), observation status, and the unit multiplier when values are in
 * thousands or millions.
 */
export function Footnotes({ observations }: { observations: readonly Observation[] }) {
  const { t } = useI18n();
  const comments = distinct(observations.map((o) => o.comment));
  const natures = distinct(observations.map((o) => o.nature));
  const statuses = distinct(observations.map((o) => o.obsStatus));
  const multipliers = distinct(observations.map((o) => (o.unitMult ? String(o.unitMult) : null)));
  if (comments.length + natures.length + statuses.length + multipliers.length === 0) return null;
  return (
    <section className="footnotes" aria-labelledby="footnotes-heading">
      <h3 id="footnotes-heading">{t('indicator.footnotes')}</h3>
      {comments.length > 0 && (
        <ol className="footnotes__comments">
          {comments.map((comment, i) => <li key={comment} id={`footnote-${i + 1}`}>{comment}</li>)}
        </ol>
      )}
      <dl className="footnotes__facts">
        {natures.length > 0 && (
          <>
            <dt>{t('indicator.nature')}</dt>
            <dd>{natures.map((n) => t(`nature.${n}`, { defaultValue: n })).join('; ')}</dd>
          </>
        )}
        {statuses.length > 0 && (
          <>
            <dt>{t('indicator.obsStatus')}</dt>
            <dd>{statuses.join('; ')}</dd>
          </>
        )}
      </dl>
      {multipliers.map((m) => (
        <p key={m}>{t('indicator.unitMultiplier', { multiplier: t(`multiplier.${m}`, { defaultValue: `10^${m}` }) })}</p>
      ))}
    </section>
  );
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

import type { CodeNames, Observation } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';

/** SDMX `OBS_STATUS` of an ordinary value; it says nothing a reader needs, so it is not noted. */
const NORMAL_VALUE = 'A';

/**
 * Notes on the shown observations: their comments (numbered as in the table), the nature of the data (country,
 * estimated, modelled … per SDMX `NATURE`), any observation status other than "normal value", and the unit
 * multiplier when values are in thousands or millions. Codes are named in the reader's language where the site
 * has the words, else with the code list's names from the API (`codeNames`).
 */
export function Footnotes({ observations, codeNames = {} }: { observations: readonly Observation[]; codeNames?: CodeNames }) {
  const { t, codeLabel } = useI18n();
  const comments = distinct(observations.map((o) => o.comment));
  const natures = distinct(observations.map((o) => o.nature));
  const statuses = distinct(observations.map((o) => o.obsStatus)).filter((s) => s !== NORMAL_VALUE);
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
            <dd>{natures.map((n) => codeLabel('NATURE', n, codeNames.NATURE?.[n])).join('; ')}</dd>
          </>
        )}
        {statuses.length > 0 && (
          <>
            <dt>{t('indicator.obsStatus')}</dt>
            <dd>{statuses.map((s) => codeLabel('OBS_STATUS', s, codeNames.OBS_STATUS?.[s])).join('; ')}</dd>
          </>
        )}
      </dl>
      {multipliers.map((m) => (
        <p key={m}>{t('indicator.unitMultiplier', { multiplier: codeLabel('UNIT_MULT', m, codeNames.UNIT_MULT?.[m] ?? `10^${m}`) })}</p>
      ))}
    </section>
  );
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

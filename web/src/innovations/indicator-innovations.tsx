import { useId } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { getIndicatorInnovations } from './innovations-api.ts';
import { StrengthBadge } from './strength-badge.tsx';
import './innovations.css';

/**
 * "Innovations serving this indicator" on an indicator page: the published cases serving the indicator's targets,
 * each with its country, stage and strongest evidence, linking to its page. Left out when none serves it.
 */
export function IndicatorInnovations({ code }: { code: string }) {
  const { t, lang, formatNumber } = useI18n();
  const id = useId();
  const cases = useApi((signal) => getIndicatorInnovations(code, { lang, signal }).catch(() => []), [code, lang]);
  if (!cases.data?.length) return null;
  return (
    <section className="section" aria-labelledby={`${id}-h`} data-testid="indicator-innovations">
      <h2 id={`${id}-h`}>{t('innovations.servingIndicator')}</h2>
      <ul className="innov-serving">
        {cases.data.map((c) => (
          <li key={c.id}>
            <AppLink to={`/innovations/${c.id}`}>{c.title}</AppLink>
            <span className="muted">{[c.countryIso3 ?? c.countries.join(', '), c.stage ? t(`innovations.stages.${c.stage}`) : '',
              c.replicationCount ? t('innovations.replicationCount', { n: formatNumber(c.replicationCount) }) : ''].filter(Boolean).join(' · ')}</span>
            {c.strongestEvidence && <StrengthBadge strength={c.strongestEvidence} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useI18n } from '../i18n/index.tsx';
import { countryName } from './country-names.ts';
import type { Suggestion } from './network-api.ts';

type Reason = Suggestion['reasons'][number];

/** One reason of a match in words, e.g. `shared_tag` "civil registration" → "Shares the tag “civil registration”". */
export function useReasonWords(): (r: Reason) => string {
  const { t, lang, formatCode } = useI18n();
  return (r) => {
    const k = 'innovationNetwork.reason.';
    switch (r.kind) {
      case 'same_target': return t(`${k}sameTarget`, { code: formatCode(r.detail) });
      case 'same_goal': return t(`${k}sameGoal`, { code: formatCode(r.detail.replace(/^\D+/, '')) });
      case 'shared_tag': return t(`${k}sharedTag`, { tag: r.detail });
      case 'shared_words': return t(`${k}sharedWords`, { words: r.detail });
      case 'type_match': return t(`${k}typeMatch`, { type: t(`innovationNetwork.type.${r.detail}`) });
      case 'stage': return t(`${k}stage`, { stage: t(`innovationNetwork.caseStage.${r.detail}`) });
      case 'evidence': return t(`${k}evidence`, { strength: t(`innovationNetwork.strength.${r.detail}`) });
      case 'same_country': return t(`${k}sameCountry`, { country: countryName(r.detail.replace(/^.*\b([A-Z]{3})$/, '$1'), lang) });
      default: return `${r.kind}: ${r.detail}`;
    }
  };
}

/** The cases suggested for a request, best first, each with its score and every reason in words with its points. */
export function SuggestionList({ suggestions, headingLevel = 2 }: { suggestions: Suggestion[]; headingLevel?: 2 | 3 }) {
  const { t, lang, formatNumber } = useI18n();
  const words = useReasonWords();
  const H = headingLevel === 2 ? 'h3' : 'h4';
  if (!suggestions.length) return <p>{t('innovationNetwork.noSuggestions')}</p>;
  return (
    <ol className="innet__list" data-testid="innet-suggestions">
      {suggestions.map((s) => (
        <li key={s.caseId} data-case={s.caseId}>
          <H>{s.title}</H>
          <p>
            <span className="innet__score">{t('innovationNetwork.score', { n: formatNumber(s.score) })}</span>
            {s.countryIso3 && <> · {countryName(s.countryIso3, lang)}</>}
          </p>
          <ul className="innet__reasons" aria-label={t('innovationNetwork.reasons')}>
            {s.reasons.filter((r) => r.points !== 0 || r.kind === 'same_country').map((r, i) => (
              <li key={i}>{words(r)} <span className="muted">({t('innovationNetwork.points', { n: formatNumber(r.points) })})</span></li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

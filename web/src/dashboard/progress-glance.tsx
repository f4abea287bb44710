import { AppLink } from '../components/app-link.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { classStyle } from '../progress/class-style.ts';
import { getProgressMethods } from '../progress/progress-api.ts';
import { className, methodName } from '../progress/progress-words.ts';
import { getSnapshot } from './dashboard-api.ts';
import './dashboard.css';

/**
 * "Progress at a glance" on the home page: the national summary by the national method as one bar and one sentence,
 * linking to the dashboard. Shows nothing until both answers came (and nothing when the API has no progress data).
 */
export function ProgressGlance() {
  const i18n = useI18n();
  const { t, lang, formatNumber } = i18n;
  const methods = useApi((signal) => getProgressMethods({ lang, signal }), [lang]);
  const snapshot = useApi((signal) => getSnapshot({}, { lang, signal }), [lang]);
  const method = methods.data?.methods.find((m) => m.id === snapshot.data?.method);
  if (!method || !snapshot.data || snapshot.data.national.total === 0) return null;
  const s = snapshot.data.national;
  const offTrack = method.classes.filter((c) => c.offTrack).reduce((n, c) => n + (s.counts[c.id] ?? 0), 0);
  const text = t('progress.dashboard.glanceText', {
    offTrack: formatNumber(offTrack), assessed: formatNumber(s.assessed), method: methodName(i18n, method.id, method.name),
  });
  return (
    <section className="section" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('progress.dashboard.glanceTitle')}</h2>
      <div className="home-progress">
        <p className="home-progress__text">{text} <AppLink to="/progress">{t('progress.dashboard.glanceLink')}</AppLink></p>
        <div className="class-bar" role="img" aria-label={text}>
          {method.classes.filter((c) => s.counts[c.id]).map((c) => (
            <span key={c.id} className="class-bar__part" title={`${className(i18n, c.id)}: ${formatNumber(s.counts[c.id]!)}`}
              style={{ flexGrow: s.counts[c.id], background: classStyle(method.id, c.id).colour }} />
          ))}
        </div>
      </div>
    </section>
  );
}

import { getGoals } from '../api/client.ts';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useCountryName } from '../components/site-context.tsx';
import { getOffTrack, getScopes, getSnapshot, type Scopes } from '../dashboard/dashboard-api.ts';
import { GoalSnapshot } from '../dashboard/goal-snapshot.tsx';
import { NationalSummary } from '../dashboard/national-summary.tsx';
import { OffTrackTable } from '../dashboard/off-track-table.tsx';
import { ScopeControls } from '../dashboard/scope-controls.tsx';
import { useDashboardQuery } from '../dashboard/use-dashboard-query.ts';
import { useKnownQuery } from '../dashboard/use-known-query.ts';
import { useNarrow } from '../dashboard/use-narrow.ts';
import '../dashboard/dashboard.css';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { UnofficialNote } from '../translations/unofficial-note.tsx';
import { useI18n } from '../i18n/index.tsx';
import { getProgressMethods } from '../progress/progress-api.ts';
import { methodName } from '../progress/progress-words.ts';

/**
 * The progress dashboard (`/progress?method=&area=&dimension=`): the summary of every indicator with data in the
 * scope, each goal's indicators by progress class (chart and table), and the indicators off track with their gap to
 * the target. The method defaults to the national choice; the scope to the whole country and every person. A method,
 * area or breakdown the address names but the site does not know falls back to the default, with a short notice.
 */
export function ProgressPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const country = useCountryName();
  const narrow = useNarrow();
  const [query, setQuery] = useDashboardQuery();
  const methods = useApi((signal) => getProgressMethods({ lang, signal }), [lang]);
  const scopes = useApi((signal) => getScopes({ lang, signal }), [lang]);
  const goals = useApi((signal) => getGoals({ lang, signal }), [lang]);
  const known = useKnownQuery(query, methods.data, scopes.data, scopes.error !== undefined, setQuery);
  const deps = [lang, query.method, query.area, query.dimension, known.ready];
  // Read once the address holds only known choices: an unknown one is dropped first rather than answered 400.
  const snapshot = useApi((signal) => (known.ready ? getSnapshot(query, { lang, signal }) : new Promise<never>(() => {})), deps);
  const offTrack = useApi((signal) => (known.ready ? getOffTrack(query, { lang, signal }) : new Promise<never>(() => {})), deps);
  useDocumentTitle(t('progress.dashboard.title'), t('site.name'));

  const error = methods.error ?? goals.error ?? snapshot.error ?? offTrack.error;
  const methodId = snapshot.data?.method ?? query.method ?? methods.data?.default;
  const method = methods.data?.methods.find((m) => m.id === methodId);
  const scopeName = scopeLabel(scopes.data, query.area, query.dimension);
  const busy = snapshot.loading || offTrack.loading;

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('progress.dashboard.title')}</h1>
          <p className="hero__intro">{t('progress.dashboard.intro', { country: country || t('progress.dashboard.country') })}</p>
        </div>
      </section>
      <div className="container" aria-busy={busy}>
        {methods.data && method && (
          <ScopeControls methods={methods.data} scopes={scopes.data} method={method.id} area={query.area} dimension={query.dimension}
            onChange={(change) => { known.clear(); setQuery(change); }} />
        )}
        {known.dropped.map((d) => (
          <p key={d.param} className="dashboard-notice" role="status">{t(`progressScope.unknown.${d.param}`, { value: d.value })}</p>
        ))}
        {error && <ErrorMessage error={error} retry={() => { snapshot.reload(); offTrack.reload(); methods.reload(); goals.reload(); }} />}
        {!error && (!snapshot.data || !method || !goals.data) && <Loading />}
        {!error && snapshot.data && method && goals.data && (
          <>
            <p className="dashboard-note">
              {t('progress.dashboard.methodNote', { method: methodName(i18n, method.id, method.name), source: method.source })}
            </p>
            <NationalSummary method={method} summary={snapshot.data.national}
              heading={scopeName ? t('progress.dashboard.scopeHeading', { scope: scopeName }) : t('progress.dashboard.summaryHeading')} />
            <GoalSnapshot method={method} goals={goals.data} snapshot={snapshot.data} narrow={narrow} />
            <UnofficialNote entity="goal" codes={goals.data.map((g) => g.code)} wide />
            {offTrack.data && <OffTrackTable method={method.id} indicators={offTrack.data.indicators} narrow={narrow} />}
          </>
        )}
      </div>
    </>
  );
}

/** `Chattogram, Sex: Female`, or null for the whole country and every person. */
function scopeLabel(scopes: Scopes | undefined, area: string | null, dimension: string | null): string | null {
  const parts: string[] = [];
  if (area) parts.push(scopes?.areas.find((a) => a.code === area)?.name ?? area);
  if (dimension) {
    const [id, code] = dimension.split(':');
    const d = scopes?.dimensions.find((x) => x.id === id);
    parts.push(`${d?.name ?? id}: ${d?.codes.find((c) => c.code === code)?.name ?? code}`);
  }
  return parts.length ? parts.join(', ') : null;
}

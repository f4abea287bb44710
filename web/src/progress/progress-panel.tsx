import { Fragment } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ClassBadge } from './class-badge.tsx';
import type { ProgressKey, ProgressMethodInfo, ProgressResult } from './progress-types.ts';
import { className, figureTexts, metText, methodName, reasonText, targetName } from './progress-words.ts';
import type { ChartProgress } from './use-chart-progress.ts';

/**
 * The "Progress" panel under an indicator's chart: the shown series' class by the national method (class in words,
 * icon and colour), the figures it rests on, its target and where the target comes from, when each projection meets
 * it, and a table comparing every method's class and figures for the series and for the indicator as a whole (in the
 * same area and disaggregation). A method that cannot judge says why in words.
 */
export function ProgressPanel({ progress }: { progress: ChartProgress }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { key, indicator, methods } = progress;
  if (!methods || !indicator) return null;
  const method = methods.default;
  const info = methods.methods.find((m) => m.id === method);
  const result = key?.results[method];
  const status = result?.status ?? 'not_available';
  return (
    <section className="progress-panel" aria-labelledby="progress-heading">
      <h3 id="progress-heading">{t('progress.indicator.heading')}</h3>
      {key ? (
        <>
          <div className="progress-panel__status">
            <ClassBadge method={method} status={status} name={className(i18n, status)} large />
            <span>{t('progress.indicator.byMethod', { method: methodName(i18n, method, info?.name) })}</span>
          </div>
          {status === 'not_available' && <p>{reasonText(i18n, result?.reason)}</p>}
          <KeyFacts progressKey={key} method={method} result={result} />
        </>
      ) : (
        <p className="progress-panel__note">{t(progress.shown ? 'progress.indicator.keyNotAssessed' : 'progress.indicator.chooseOneLine')}</p>
      )}
      <CompareMethods methods={methods.methods} defaultMethod={method} progressKey={key} indicatorResults={indicator.results} code={indicator.indicator} />
    </section>
  );
}

function KeyFacts({ progressKey: key, method, result }: { progressKey: ProgressKey; method: string; result: ProgressResult | undefined }) {
  const i18n = useI18n();
  const { t, formatShort, localDigits } = i18n;
  const figures = figureTexts(i18n, method, result);
  const target = key.target;
  const latest = key.points.at(-1);
  return (
    <dl className="progress-panel__facts">
      {figures.length > 0 && <><dt>{t('progress.indicator.figures')}</dt><dd>{figures.join('; ')}</dd></>}
      <dt>{t('progress.indicator.target')}</dt>
      <dd>
        {target?.target
          ? t('progress.indicator.targetBy', { target: targetName(i18n, target), value: formatShort(target.target.value), year: localDigits(target.target.year) })
          : reasonText(i18n, key.gapReason ?? 'no_target')}
        {target && <> ({t(`progress.indicator.direction_${target.direction}`)})</>}
        {target?.source === 'global' && <><br /><span className="progress-panel__note">{t('progress.indicator.globalNote')}</span></>}
      </dd>
      {target && Object.keys(target.milestones).length > 0 && (
        <><dt>{t('progress.indicator.milestones')}</dt>
          <dd>{Object.entries(target.milestones).map(([y, v]) => t('progress.indicator.valueIn', { value: formatShort(v), year: localDigits(y) })).join('; ')}</dd></>
      )}
      {(target?.baseline ?? key.base) && (
        <><dt>{t('progress.indicator.baseline')}</dt>
          <dd>{t('progress.indicator.valueIn', { value: formatShort((target?.baseline ?? key.base)!.value), year: localDigits((target?.baseline ?? key.base)!.year) })}</dd></>
      )}
      {latest && <><dt>{t('progress.indicator.latest')}</dt><dd>{t('progress.indicator.valueIn', { value: formatShort(latest.value), year: localDigits(latest.year) })}</dd></>}
      {target?.target && (['cagr', 'linear'] as const).map((m) => (
        <Fragment key={m}>
          <dt>{t(`progress.indicator.projection_${m}`)}</dt>
          <dd>{metText(i18n, key.projections[m])}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function CompareMethods({ methods, defaultMethod, progressKey, indicatorResults, code }: {
  methods: ProgressMethodInfo[];
  defaultMethod: string;
  progressKey: ProgressKey | null;
  indicatorResults: Record<string, ProgressResult>;
  code: string;
}) {
  const i18n = useI18n();
  const { t, formatCode } = i18n;
  const caption = t('progress.indicator.compareCaption');
  const cell = (method: string, result: ProgressResult | undefined) => {
    const status = result?.status ?? 'not_available';
    const figures = figureTexts(i18n, method, result);
    return (
      <td>
        <ClassBadge method={method} status={status} name={className(i18n, status)} />
        {status === 'not_available'
          ? <span className="progress-panel__reason">{reasonText(i18n, result?.reason)}</span>
          : figures.length > 0 && <span className="progress-panel__reason">{figures.join('; ')}</span>}
      </td>
    );
  };
  return (
    <>
      <h4 className="h3">{t('progress.indicator.compare')}</h4>
      <ScrollRegion label={caption}>
        <table className="progress-panel__compare">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.indicator.method')}</th>
              {progressKey && <th scope="col">{t('progress.indicator.thisSeries')}</th>}
              <th scope="col">{t('progress.indicator.wholeIndicator', { code: formatCode(code) })}</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {methodName(i18n, m.id, m.name)}
                  {m.id === defaultMethod && <span className="progress-panel__reason">{t('progress.indicator.nationalChoice')}</span>}
                </th>
                {progressKey && cell(m.id, progressKey.results[m.id])}
                {cell(m.id, indicatorResults[m.id])}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { getIndicatorLinks, type LinkedIndicator, type Partner } from './links-api.ts';
import { scatterOption } from './links-options.ts';
import { formatP } from './p-value.ts';
import './links.css';

/** The charting library loads with the first scatter drawn. */
const LinksChart = lazy(() => import('./links-chart.tsx').then((m) => ({ default: m.LinksChart })));

/** Partners listed. */
const LIMIT = 6;

/**
 * The indicator page's "Moves with" section: the indicators whose national series moved most closely with this one's
 * (Spearman ρ of direction-aligned values, strongest first), each with its class, ρ, p and years; choosing one shows
 * the scatter behind the number with the yearly values as a table. Left out when the indicator has no partner.
 */
export function IndicatorLinks({ code }: { code: string }) {
  const { t, lang, formatShort, formatNumber, formatCode } = useI18n();
  const links = useApi((signal) => getIndicatorLinks(code, LIMIT, { lang, signal }), [code, lang]);
  const [chosen, setChosen] = useState(0);
  const id = useId();
  const data = links.data;
  if (!data?.indicator || data.partners.length === 0) return null;
  const shown = data.partners[Math.min(chosen, data.partners.length - 1)]!;
  return (
    <section className="section links" aria-labelledby={`${id}-heading`} data-testid="indicator-links">
      <h2 id={`${id}-heading`}>{t('links.movesWith')}</h2>
      <p className="muted">{t('links.movesWithIntro')} {t('links.turnedNote')}</p>
      <p className="links__caution" role="note"><strong>{t('links.causationTitle')}</strong> {t('links.causation')}</p>
      <ul className="links__partners">
        {data.partners.map((p, i) => (
          <li key={p.partner.code} className="links__partner" data-partner={p.partner.code}>
            <span className={`links__class links__class--${p.class}`}>{t(`links.class.${p.class}`)}</span>
            <AppLink to={`/indicators/${p.partner.code}`}>{formatCode(p.partner.code)}</AppLink>
            <span>{p.partner.title}{p.partner.direction === 'decrease' && <span className="muted"> {t('links.turned')}</span>}</span>
            <button type="button" aria-pressed={i === chosen} onClick={() => setChosen(i)}
              aria-label={t('links.showScatter', { code: formatCode(p.partner.code) })}>
              {`ρ = ${formatShort(p.rho)}`}
            </button>
            <span className="muted">{t('links.pn', { p: formatP(p.p, formatNumber), n: formatNumber(p.n) })}</span>
          </li>
        ))}
      </ul>
      <PartnerScatter key={shown.partner.code} own={data.indicator} partner={shown} />
    </section>
  );
}

/** One partner's scatter (an axis turned for a series meant to decrease, and named so) with, beside it, the shared years as a table of raw values. */
function PartnerScatter({ own, partner }: { own: LinkedIndicator; partner: Partner }) {
  const { t, formatShort, formatCode, localDigits, unitName } = useI18n();
  const names = { x: `${formatCode(own.code)} (${unitName(own.unit)})`, y: `${formatCode(partner.partner.code)} (${unitName(partner.partner.unit)})` };
  // an axis of a series meant to decrease runs downwards, as ρ counts it, so that up and right mean better
  const turned = { x: own.direction === 'decrease', y: partner.partner.direction === 'decrease' };
  const axisName = (name: string, on: boolean) => (on ? t('links.axisTurned', { name }) : name);
  const description = t('links.scatterLabel', { a: formatCode(own.code), b: formatCode(partner.partner.code) });
  const option = useMemo(() => {
    const drawn = scatterOption(partner, { x: axisName(names.x, turned.x), y: axisName(names.y, turned.y) }, {
      format: formatShort, code: formatCode, year: (y) => localDigits(y), description,
    });
    return { ...drawn, xAxis: { ...(drawn.xAxis as object), inverse: turned.x }, yAxis: { ...(drawn.yAxis as object), inverse: turned.y } };
  }, [partner, formatShort, formatCode, localDigits, description, t]);
  return (
    <div className="links__body links__scatter-body" data-testid="links-scatter">
      <Suspense fallback={<div className="links__scatter" />}>
        <LinksChart option={option} className="links__scatter" />
      </Suspense>
      <ScrollRegion label={description}>
        <table className="data-table links__table">
          <caption className="visually-hidden">{description}</caption>
          <thead>
            <tr>
              <th scope="col">{t('links.year')}</th>
              <th scope="col" className="numeric">{names.x}</th>
              <th scope="col" className="numeric">{names.y}</th>
            </tr>
          </thead>
          <tbody>
            {partner.points.map((p) => (
              <tr key={p.year}>
                <td>{localDigits(p.year)}</td>
                <td className="numeric">{formatShort(p.value)}</td>
                <td className="numeric">{formatShort(p.partnerValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

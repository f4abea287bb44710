import type { RankPoint } from '../api/scorecard.ts';
import { useI18n } from '../i18n/index.tsx';
import { sparklinePath } from './rank-trend-option.ts';

const WIDTH = 96;
const HEIGHT = 24;

/**
 * An organisation's rank cycle by cycle as a small line (rank 1 at the top), with the ranks in words for screen
 * readers; the table "Rank by cycle" beside the ranking gives the same figures.
 */
export function RankSparkline({ history, ranked }: { history: readonly RankPoint[]; ranked: number }) {
  const { t, localDigits } = useI18n();
  const path = sparklinePath(history, ranked, WIDTH, HEIGHT);
  const last = history.at(-1);
  const words = history.map((h) => `${localDigits(h.cycle)}: ${h.rank === null ? '–' : localDigits(h.rank)}`).join(', ');
  return (
    <span className="rank-sparkline">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        {last && last.rank !== null && path && (
          <circle cx={WIDTH - 1} cy={ranked <= 1 ? HEIGHT / 2 : 1 + ((last.rank - 1) * (HEIGHT - 2)) / (ranked - 1)} r="2" fill="currentColor" />
        )}
      </svg>
      <span className="visually-hidden">{t('scorecard.trendWords', { ranks: words })}</span>
    </span>
  );
}

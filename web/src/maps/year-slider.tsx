import { useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Milliseconds each year stays on screen while the map plays through the years. */
const PLAY_STEP_MS = 1200;

/**
 * The year a map shows: a range input over the years with data (arrow keys, Home and End move it; its value is read
 * as the year), buttons for the previous and next year, and a play button that steps through the years once and
 * stops at the last (or when pressed again). With one year there is nothing to move: it only names the year.
 */
export function YearSlider({ years, year, onChange }: { years: readonly number[]; year: number; onChange: (year: number) => void }) {
  const { t, localDigits } = useI18n();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const index = Math.max(0, years.indexOf(year));
  const last = years.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(years[index + 1]!), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, last, years, onChange]);

  if (years.length <= 1) {
    return <p className="year-slider year-slider--single">{t('maps.year')}: <strong>{localDigits(year)}</strong></p>;
  }
  const play = () => {
    if (playing) return setPlaying(false);
    if (index >= last) onChange(years[0]!);
    setPlaying(true);
  };
  return (
    <div className="year-slider" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-range`}>{t('maps.year')}: <output htmlFor={`${id}-range`}>{localDigits(year)}</output></label>
      <div className="year-slider__controls">
        <button type="button" className="year-slider__step" onClick={() => onChange(years[index - 1]!)} disabled={index === 0} aria-label={t('maps.previousYear')}>‹</button>
        <div className="year-slider__track">
          <input id={`${id}-range`} type="range" min={0} max={last} step={1} value={index}
            aria-valuetext={localDigits(year)} onChange={(e) => { setPlaying(false); onChange(years[Number(e.target.value)]!); }} />
          <div className="year-slider__ends" aria-hidden="true"><span>{localDigits(years[0]!)}</span><span>{localDigits(years[last]!)}</span></div>
        </div>
        <button type="button" className="year-slider__step" onClick={() => onChange(years[index + 1]!)} disabled={index === last} aria-label={t('maps.nextYear')}>›</button>
        <button type="button" className="year-slider__play" onClick={play} aria-pressed={playing}>
          {playing ? t('maps.pause') : t('maps.play')}
        </button>
      </div>
    </div>
  );
}

import type { SubmissionState } from '../api/work.ts';
import { useI18n } from '../i18n/index.tsx';

/** What a task or submission shows as its state: `none` when nobody has entered data yet. */
export type WorkState = SubmissionState | 'none';

/** A submission's state in words, with a colour cue that never stands alone (the words say it). */
export function StateBadge({ state }: { state: WorkState }) {
  const { t } = useI18n();
  return <span className={`work-state work-state--${state}`}>{t(`work.state.${state}`)}</span>;
}

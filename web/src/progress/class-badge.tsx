import { CLASS_ICON_PATHS, classStyle } from './class-style.ts';
import './progress.css';

/**
 * A progress class as a badge: its icon and its name in words on the class colour (see `classStyle`), so the class
 * reads without colour. `large` for the status a page leads with.
 */
export function ClassBadge({ method, status, name, large = false }: { method: string; status: string; name: string; large?: boolean }) {
  const style = classStyle(method, status);
  return (
    <span className={`class-badge${large ? ' class-badge--large' : ''}`} style={{ background: style.colour, color: style.text }}
      data-class={status}>
      <svg className="class-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={CLASS_ICON_PATHS[style.icon]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{name}</span>
    </span>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

/**
 * A wide table's frame: it scrolls sideways when the table is wider than the screen, and then says so: a hint
 * under it and a shadow on the side that has more to see. The frame is a labelled region in the tab order
 * (`tabIndex=0`), so keyboard users can reach it and scroll with the arrow keys.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ overflows: false, atStart: true, atEnd: true });

  useEffect(() => {
    const element = frame.current!;
    const measure = () => {
      // scrollLeft runs negative in right-to-left pages
      const scrolled = Math.abs(element.scrollLeft);
      const room = element.scrollWidth - element.clientWidth;
      const next = { overflows: room > 1, atStart: scrolled <= 1, atEnd: scrolled >= room - 1 };
      setEdges((previous) =>
        previous.overflows === next.overflows && previous.atStart === next.atStart && previous.atEnd === next.atEnd ? previous : next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const classes = ['scroll-region', edges.overflows && !edges.atStart && 'scroll-region--more-before',
    edges.overflows && !edges.atEnd && 'scroll-region--more-after'].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div ref={frame} className="table-scroll" tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
      {edges.overflows && <p className="scroll-region__hint" aria-hidden="true">{t('indicator.scrollHint')}</p>}
    </div>
  );
}

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab: its label and what its panel shows. */
export interface Tab {
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * Tabs as in the WAI-ARIA Authoring Practices "Tabs with automatic activation": Left/Right (mirrored in
 * right-to-left pages), Home and End move between tabs; Tab moves into the panel. Every panel stays mounted, so a
 * chart keeps its state while the table is shown.
 */
export function Tabs({ label, tabs, selected, onSelect, className = '' }: {
  label: string;
  tabs: Tab[];
  selected: string;
  onSelect: (id: string) => void;
  className?: string;
}) {
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };

  return (
    <div className={`tabs ${className}`}>
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button key={tab.id} ref={(el) => { buttons.current[i] = el; }} type="button" role="tab"
            id={`${base}-tab-${tab.id}`} aria-controls={`${base}-panel-${tab.id}`}
            aria-selected={tab.id === selected} tabIndex={tab.id === selected ? 0 : -1}
            className="tabs__tab" onClick={() => onSelect(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`${base}-panel-${tab.id}`} aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected} tabIndex={0} className="tabs__panel">
          {tab.panel}
        </div>
      ))}
    </div>
  );
}

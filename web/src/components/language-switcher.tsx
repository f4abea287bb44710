import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { useSite } from './site-context.tsx';

/**
 * A disclosure button listing the languages the API offers, each named in itself (`বাংলা`, `Français`) and marked
 * with `lang`. Choosing one switches the page and puts `?lang=` in the address. Keyboard: Down/Up on the button
 * opens the list on the current language; in the list Down/Up move (wrapping), Home/End go to the ends, Escape
 * closes it and returns to the button, Tab leaves it closed.
 */
export function LanguageSwitcher() {
  const { t, lang, setLang } = useI18n();
  const site = useSite();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusOn, setFocusOn] = useState<number | null>(null);

  const offered = [...(site?.languages ?? [{ code: 'en', name: 'English' }])];
  if (!offered.some((l) => l.code === lang)) offered.push({ code: lang, name: lang });
  const languages = offered.map((l) => ({ code: l.code, name: t(`languages.${l.code}`, { defaultValue: l.name }) }));
  const current = languages.find((l) => l.code === lang);
  const currentIndex = Math.max(0, languages.findIndex((l) => l.code === lang));

  // focus moves once the list is shown (it is hidden until `open` renders)
  useEffect(() => {
    if (open && focusOn !== null) items.current[focusOn]?.focus();
  }, [open, focusOn]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const choose = (code: string) => {
    const params = new URLSearchParams(search);
    if (code === (site?.defaultLanguage ?? 'en')) params.delete('lang');
    else params.set('lang', code);
    const query = params.toString();
    setLang(code);
    setOpen(false);
    navigate(`${pathname}${query ? `?${query}` : ''}`, { replace: true });
    button.current?.focus();
  };

  const openAt = (index: number) => {
    setOpen(true);
    setFocusOn((index + languages.length) % languages.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inList = event.target !== button.current;
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab' && open) {
      setOpen(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      openAt(inList && open && focusOn !== null ? focusOn + step : currentIndex);
    } else if ((event.key === 'Home' || event.key === 'End') && open) {
      openAt(event.key === 'Home' ? 0 : languages.length - 1);
    } else {
      return;
    }
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="language-switcher" ref={root} onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="language-switcher__button" aria-expanded={open} aria-controls={listId}
        onClick={() => { setFocusOn(null); setOpen((o) => !o); }}>
        <span className="visually-hidden">{t('site.language')}: </span>
        <span lang={lang}>{current?.name ?? lang}</span>
        <span aria-hidden="true" className="language-switcher__caret">▾</span>
      </button>
      <ul id={listId} className="language-switcher__list" hidden={!open}>
        {languages.map((l, i) => (
          <li key={l.code}>
            <button ref={(el) => { items.current[i] = el; }} type="button" lang={l.code} aria-current={l.code === lang ? 'true' : undefined}
              onFocus={() => setFocusOn(i)} onClick={() => choose(l.code)}>
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

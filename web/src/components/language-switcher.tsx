import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { useSite } from './site-context.tsx';

/**
 * A disclosure button listing the languages the API offers, each named in itself (`বাংলা`, `Français`) and marked
 * with `lang`. Choosing one switches the page and puts `?lang=` in the address; Escape closes the list.
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

  const offered = [...(site?.languages ?? [{ code: 'en', name: 'English' }])];
  if (!offered.some((l) => l.code === lang)) offered.push({ code: lang, name: lang });
  const languages = offered.map((l) => ({ code: l.code, name: t(`languages.${l.code}`, { defaultValue: l.name }) }));
  const current = languages.find((l) => l.code === lang);

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

  return (
    <div className="language-switcher" ref={root}
      onKeyDown={(e) => { if (e.key === 'Escape' && open) { setOpen(false); button.current?.focus(); } }}>
      <button ref={button} type="button" className="language-switcher__button" aria-expanded={open} aria-controls={listId}
        onClick={() => setOpen((o) => !o)}>
        <span className="visually-hidden">{t('site.language')}: </span>
        <span lang={lang}>{current?.name ?? lang}</span>
        <span aria-hidden="true" className="language-switcher__caret">▾</span>
      </button>
      <ul id={listId} className="language-switcher__list" hidden={!open}>
        {languages.map((l) => (
          <li key={l.code}>
            <button type="button" lang={l.code} aria-current={l.code === lang ? 'true' : undefined} onClick={() => choose(l.code)}>
              {l.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

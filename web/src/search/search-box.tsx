import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocalisedPath } from '../components/app-link.tsx';
import { useI18n } from '../i18n/index.tsx';
import './search.css';

/**
 * The banner's search form (`role="search"`, a labelled field and a button): Enter or the button opens
 * `/search?q=…` in the page language. On the results page the field shows what was searched.
 */
export function SearchBox() {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const searched = location.pathname === '/search' ? new URLSearchParams(location.search).get('q') ?? '' : '';
  const [text, setText] = useState(searched);
  useEffect(() => setText(searched), [searched]);
  const results = useLocalisedPath('/search');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    navigate(`${results}${results.includes('?') ? '&' : '?'}q=${encodeURIComponent(q)}`);
  };

  return (
    <form role="search" className="search-box" onSubmit={submit} aria-label={t('search.formLabel')}>
      <label htmlFor={`${id}-q`} className="visually-hidden">{t('search.fieldLabel')}</label>
      <input id={`${id}-q`} name="q" type="search" className="search-box__field" value={text} maxLength={200}
        placeholder={t('search.placeholder')} autoComplete="off" enterKeyHint="search" onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="search-box__button">{t('search.button')}</button>
    </form>
  );
}

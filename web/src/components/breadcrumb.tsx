import { useI18n } from '../i18n/index.tsx';
import { AppLink } from './app-link.tsx';

/** Where the page sits: Home › Goal 3 › Indicator 3.2.1. The last item is the current page and is not a link. */
export function Breadcrumb({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('site.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <AppLink to="/">{t('site.home')}</AppLink>
        </li>
        {items.map((item) => (
          <li key={item.label}>
            {item.to ? <AppLink to={item.to}>{item.label}</AppLink> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { NotFound } from '../components/page-state.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('site.notFoundTitle'), t('site.name'));
  return <NotFound />;
}

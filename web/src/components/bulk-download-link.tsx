import { API_BASE } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * The link to the zip of all published data (`GET /downloads/all.zip`: one CSV per indicator, one SDMX-CSV file and a
 * README with sources and licences), as a paragraph of the site footer.
 */
export function BulkDownloadLink() {
  const { t } = useI18n();
  return (
    <p>
      <a href={`${API_BASE}/downloads/all.zip`} download="all.zip">{t('downloads.bulk')}</a>
    </p>
  );
}

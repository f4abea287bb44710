import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { signInPath, useSession } from '../auth/index.ts';
import { AppLink } from '../components/app-link.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { countryName } from './country-names.ts';
import { getRequests, type RequestView } from './network-api.ts';
import { RequestForm } from './request-form.tsx';
import { SuggestionList } from './suggestion-list.tsx';
import './innovation-network.css';

/**
 * `/innovations/requests`: the cooperation requests, newest first, and for a signed-in reader the form to post one,
 * after which the suggested cases appear with their score and reasons.
 */
export function RequestsPage() {
  const { t, lang, localDigits } = useI18n();
  const session = useSession();
  const location = useLocation();
  const id = useId();
  const [posted, setPosted] = useState<RequestView | null>(null);
  const requests = useApi((signal) => getRequests({ signal }), [posted]);
  useDocumentTitle(t('innovationNetwork.requestsTitle'), t('site.name'));
  return (
    <div className="container innet">
      <Breadcrumb items={[{ label: t('innovationNetwork.networkTitle'), to: '/innovations/network' }, { label: t('innovationNetwork.requestsTitle') }]} />
      <h1>{t('innovationNetwork.requestsTitle')}</h1>
      <p>{t('innovationNetwork.requestsIntro')}</p>
      <section aria-labelledby={`${id}-post`}>
        <h2 id={`${id}-post`}>{t('innovationNetwork.postTitle')}</h2>
        {session.status === 'signed-in' ? <RequestForm onPosted={setPosted} />
          : session.status === 'loading' ? <Loading />
            : <p><AppLink to={signInPath(location.pathname)}>{t('innovationNetwork.signInToPost')}</AppLink></p>}
      </section>
      {posted && (
        <section aria-labelledby={`${id}-suggested`}>
          <h2 id={`${id}-suggested`}>{t('innovationNetwork.suggestedFor', { title: posted.title })}</h2>
          <p role="status">{t('innovationNetwork.posted')} <AppLink to={`/innovations/requests/${posted.id}`}>{t('innovationNetwork.openRequest')}</AppLink></p>
          <SuggestionList suggestions={posted.suggestions} />
        </section>
      )}
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('innovationNetwork.listTitle')}</h2>
        {requests.error ? <ErrorMessage error={requests.error} retry={requests.reload} />
          : !requests.data ? <Loading />
            : requests.data.length === 0 ? <p>{t('innovationNetwork.noRequests')}</p>
              : (
                <ul className="innet__list" data-testid="innet-requests">
                  {requests.data.map((r) => (
                    <li key={r.id}>
                      <h3><AppLink to={`/innovations/requests/${r.id}`}>{r.title}</AppLink></h3>
                      <p className="muted">
                        {countryName(r.countryIso3, lang)} · {localDigits(r.createdAt.slice(0, 10))}
                        {r.targets.length > 0 && <> · {t('innovationNetwork.targets')}: {r.targets.map((c) => localDigits(c)).join(', ')}</>}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
      </section>
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../auth/index.ts';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { FormError } from '../components/form-error.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { countryName } from './country-names.ts';
import { getRequest, postAnswer, type RequestView } from './network-api.ts';
import { SuggestionList } from './suggestion-list.tsx';
import './innovation-network.css';

/**
 * `/innovations/requests/<id>`: one cooperation request, the cases suggested for it with their reasons, the answers,
 * and for a provider (or an admin) the form to answer for one of the suggested cases — the server accepts an answer
 * only for a case whose lead organisation the provider works for.
 */
export function RequestPage() {
  const { id = '' } = useParams();
  const { t, lang, localDigits, formatCode } = useI18n();
  const session = useSession();
  const request = useApi((signal) => getRequest(id, { signal }), [id]);
  const hid = useId();
  useDocumentTitle(request.data?.title ?? t('innovationNetwork.requestsTitle'), t('site.name'));
  if (request.error) return <ErrorMessage error={request.error} retry={request.reload} />;
  if (!request.data) return <div className="container"><Loading /></div>;
  const r = request.data;
  const titles = new Map(r.suggestions.map((s) => [s.caseId, s.title]));
  const mayAnswer = session.role === 'provider' || session.role === 'admin';
  return (
    <div className="container innet">
      <Breadcrumb items={[{ label: t('innovationNetwork.requestsTitle'), to: '/innovations/requests' }, { label: r.title }]} />
      <h1>{r.title}</h1>
      <dl className="innet__facts">
        <dt>{t('innovationNetwork.country')}</dt><dd>{countryName(r.countryIso3, lang)}</dd>
        <dt>{t('innovationNetwork.posted')}</dt><dd>{localDigits(r.createdAt.slice(0, 10))}</dd>
        {r.targets.length > 0 && <><dt>{t('innovationNetwork.targets')}</dt><dd>{r.targets.map(formatCode).join(', ')}</dd></>}
        {r.tags.length > 0 && <><dt>{t('innovationNetwork.form.tags')}</dt><dd>{r.tags.join(', ')}</dd></>}
      </dl>
      <h2>{t('innovationNetwork.form.problem')}</h2>
      <p>{r.problem}</p>
      {r.context && <><h2>{t('innovationNetwork.form.context')}</h2><p>{r.context}</p></>}
      <section aria-labelledby={`${hid}-s`}>
        <h2 id={`${hid}-s`}>{t('innovationNetwork.suggestions')}</h2>
        <SuggestionList suggestions={r.suggestions} />
      </section>
      <section aria-labelledby={`${hid}-a`}>
        <h2 id={`${hid}-a`}>{t('innovationNetwork.answers')}</h2>
        {r.answers.length === 0 ? <p>{t('innovationNetwork.noAnswers')}</p> : (
          <ul className="innet__list" data-testid="innet-answers">
            {r.answers.map((a) => (
              <li key={a.id}>
                <h3>{a.caseId ? titles.get(a.caseId) ?? a.caseId : t('innovationNetwork.answer')}</h3>
                <p>{a.text}</p>
                <p className="muted">{localDigits(a.createdAt.slice(0, 10))}</p>
              </li>
            ))}
          </ul>
        )}
        {mayAnswer && r.suggestions.length > 0 && <AnswerForm request={r} onAnswered={request.reload} />}
      </section>
    </div>
  );
}

function AnswerForm({ request, onAnswered }: { request: RequestView; onAnswered: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setBusy(true);
    setError(null);
    try {
      await postAnswer(request.id, String(f.get('caseId')), String(f.get('text') ?? '').trim());
      form.reset();
      onAnswered();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="innet__form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('innovationNetwork.answerTitle')}</h3>
      <div>
        <label htmlFor={`${id}-case`}>{t('innovationNetwork.answerCase')}</label>
        <select id={`${id}-case`} name="caseId" required>
          {request.suggestions.map((s) => <option key={s.caseId} value={s.caseId}>{s.title}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-text`}>{t('innovationNetwork.answerText')}</label>
        <textarea id={`${id}-text`} name="text" required rows={4} maxLength={5000} />
      </div>
      <FormError error={error} />
      <div><button type="submit" disabled={busy}>{t('innovationNetwork.answerSubmit')}</button></div>
    </form>
  );
}

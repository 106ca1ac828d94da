import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { AttemptForm } from './AttemptForm';
import { AttemptResult } from './AttemptResult';
import { useSession } from '../auth/useSession';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';

export function AttemptPage() {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const { id = '' } = useParams();
  const saved = savedCopies(useSession().user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/attempts/{id}', { params: { path: { id }, query: { lang } }, signal }), () => saved.attempt(id)),
    [id, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const attempt = state.data;
  return (
    <article className="attempt">
      <p className="lesson__context">{attempt.moduleTitle}</p>
      <h1>{t('player.title', { number: attempt.number })}</h1>
      {attempt.result ? <AttemptResult attempt={attempt} /> : <AttemptForm key={attempt.id} attempt={attempt} onSubmitted={reload} />}
    </article>
  );
}

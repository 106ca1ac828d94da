import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../auth/useSession';

/** One click to enrol on the current version (enrolling again opens the same enrolment). */
export function EnrolButton({ slug }: { slug: string }) {
  const { t } = useTranslation('learning');
  const lang = useLanguage();
  const { user, status } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [enrolmentId, setEnrolmentId] = useState<string>();
  // An enrolled learner continues where they are instead of being offered to enrol again.
  useEffect(() => {
    if (!user) return;
    void api
      .GET('/api/me/enrolments', { params: { query: { lang } } })
      .then(({ data }) => setEnrolmentId(data?.items.find((e) => e.moduleSlug === slug && !e.completedAt)?.id))
      .catch(() => undefined);
  }, [user, slug, lang]);
  if (status === 'loading') return null;
  if (user && enrolmentId) {
    return (
      <Link className="button" to={`/learning/${enrolmentId}`}>
        {t('enrolled')}
      </Link>
    );
  }
  if (!user) {
    return (
      <Link className="button" to={`/login?next=${encodeURIComponent(`/modules/${slug}`)}`}>
        {t('loginToEnrol')}
      </Link>
    );
  }
  const enrol = async () => {
    setBusy(true);
    const { data, error: failure } = await api.POST('/api/modules/{slug}/enrolments', { params: { path: { slug }, query: { lang } } }).catch(() => ({ data: undefined, error: undefined }));
    setBusy(false);
    if (data) navigate(`/learning/${data.id}`);
    else setError(errorMessage(failure) ?? t('common:load.failed'));
  };
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void enrol()}>
        {t('enrol')}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, errorMessage, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';

/** Where the learner starts, resumes or reviews the assessment of an enrolment. */
export function AssessmentPanel({ enrolment }: { enrolment: Schemas['EnrolmentDetailDto'] }) {
  const { t } = useTranslation('learning');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const { assessment } = enrolment;
  const start = async () => {
    setError(undefined);
    const { data, error: failure } = await api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: enrolment.id }, query: { lang } } });
    if (data) navigate(`/attempts/${data.id}`);
    else setError(errorMessage(failure) ?? t('common:load.failed'));
  };
  return (
    <section className="card" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('assessment.title')}</h2>
      <p>
        {t('assessment.rules', { count: assessment.questionCount, passMark: assessment.passMark })}{' '}
        {assessment.attemptsAllowed === 0
          ? t('assessment.unlimited')
          : t('assessment.attemptsUsed', { used: assessment.attemptsUsed, allowed: assessment.attemptsAllowed })}
      </p>
      {assessment.bestScore !== null && assessment.bestScore !== undefined && <p>{t('assessment.bestScore', { score: assessment.bestScore })}</p>}
      {assessment.passed ? (
        <p className="notice notice--success">{t('assessment.passed')}</p>
      ) : assessment.attemptInProgress ? (
        <button type="button" className="button" onClick={() => navigate(`/attempts/${assessment.attemptInProgress}`)}>
          {t('assessment.resume')}
        </button>
      ) : assessment.canStartAttempt ? (
        <>
          {enrolment.lessonsRead < enrolment.lessonCount && assessment.attemptsAllowed > 0 && <p>{t('assessment.readFirst')}</p>}
          <button type="button" className="button" onClick={() => void start()}>
            {t('assessment.start')}
          </button>
        </>
      ) : (
        <p className="notice">{t('assessment.noAttemptsLeft')}</p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

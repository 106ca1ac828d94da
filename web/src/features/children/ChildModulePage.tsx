import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, errorMessage } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { FeedbackForm } from './FeedbackForm';
import { moduleSteps, nextTask } from './module-steps';
import { StepPath } from './StepPath';
import { useSession } from '../auth/useSession';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';
import { OutboxPanel } from '../offline/OutboxPanel';
import { SaveForOffline } from '../offline/SaveForOffline';

/** One module for a child: the path of its steps, and one big button for the next thing to do. */
export function ChildModulePage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [problem, setProblem] = useState<string>();
  const saved = savedCopies(useSession().user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/enrolments/{id}', { params: { path: { id }, query: { lang } }, signal }), () => saved.enrolment(id)),
    [id, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const enrolment = state.data;
  const next = nextTask(enrolment);

  const startQuiz = async () => {
    setProblem(undefined);
    const { data, error } = await api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: enrolment.id }, query: { lang } } }).catch(() => ({ data: undefined, error: undefined }));
    if (data) navigate(`/attempts/${data.id}`);
    else setProblem(errorMessage(error) ?? t('errors.failed'));
  };

  return (
    <article className="child-page">
      <p>
        <Link to="/">← {t('module.back')}</Link>
      </p>
      <h1>{enrolment.moduleTitle}</h1>
      <StepPath steps={moduleSteps(enrolment, t('path.quiz'))} label={t('path.label', { title: enrolment.moduleTitle })} />
      <section className="card child-next" aria-labelledby="next-title">
        <h2 id="next-title">{next.kind === 'done' ? t('module.doneTitle') : t('module.nextTitle')}</h2>
        {next.kind === 'lesson' && (
          <p>
            <Link className="button child-button" to={`/learning/${enrolment.id}/lessons/${next.position}`}>
              {t('module.readLesson', { title: next.title })}
            </Link>
          </p>
        )}
        {next.kind === 'quiz' &&
          (next.resume ? (
            <p>
              <Link className="button child-button" to={`/attempts/${next.resume}`}>
                {t('module.resumeQuiz')}
              </Link>
            </p>
          ) : (
            <>
              <p>{t('module.quizIntro', { count: enrolment.assessment.questionCount })}</p>
              <p>
                <button type="button" className="button child-button" onClick={() => void startQuiz()}>
                  {t('module.startQuiz')}
                </button>
              </p>
            </>
          ))}
        {next.kind === 'done' && <p>{t('module.doneBody')}</p>}
        {next.kind === 'none' && <p>{t('module.nothingLeft')}</p>}
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
      </section>
      <SaveForOffline enrolment={enrolment} onSaved={reload} />
      <OutboxPanel enrolmentId={enrolment.id} />
      {enrolment.completedAt && <FeedbackForm enrolmentId={enrolment.id} moduleSlug={enrolment.moduleSlug} />}
      <h2>{t('module.lessons')}</h2>
      <ol className="lesson-list child-lesson-list">
        {enrolment.lessons.map((lesson) => (
          <li key={lesson.position}>
            <Link to={`/learning/${enrolment.id}/lessons/${lesson.position}`}>{lesson.title}</Link>
            {lesson.read && <span className="read-mark"> ★ {t('module.read')}</span>}
          </li>
        ))}
      </ol>
    </article>
  );
}

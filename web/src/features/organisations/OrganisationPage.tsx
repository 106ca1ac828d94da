import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { inLanguage } from '../auth/language-query';
import { useSession } from '../auth/useSession';
import { ChildrenSection } from '../children/trainer/ChildrenSection';
import { FeedbackSection } from '../children/trainer/FeedbackSection';
import { CohortsSection } from './CohortsSection';
import { LessonNotesSection } from './LessonNotesSection';
import { MembersSection } from './MembersSection';

/** One organisation: its members and its cohorts, managed by its admins and seen by its trainers. */
export function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { user } = useSession();
  const { organisationId = '' } = useParams();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId } }, ...inLanguage(lang), signal }),
    [organisationId, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const organisation = state.data;
  const manages = user?.platformRole === 'admin' || organisation.myRole === 'org_admin';
  const trains = manages || organisation.myRole === 'trainer';
  return (
    <>
      <p>
        <Link to="/organisations">← {t('list.title')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p className="module-card__meta">
        <span>{t(`kind.${organisation.kind}`)}</span>
        {organisation.country && <span>{organisation.country}</span>}
        <span className="badge">{organisation.myRole ? t(`role.${organisation.myRole}`) : t('role.platformAdmin')}</span>
      </p>
      {!trains ? (
        <p>{t('organisation.traineeOnly')}</p>
      ) : (
        <>
          <nav aria-label={t('organisation.sections')} className="org-sections">
            <a href="#members">{t('members.title')}</a>
            <a href="#cohorts">{t('cohorts.title')}</a>
            {manages && <a href="#children">{t('children:admin.children.title')}</a>}
            <a href="#children-feedback">{t('children:admin.feedback.title')}</a>
            <a href="#lesson-notes">{t('lessonNotes.title')}</a>
          </nav>
          <MembersSection organisationId={organisationId} manages={manages} />
          <CohortsSection organisationId={organisationId} manages={manages} />
          {manages && <ChildrenSection organisationId={organisationId} />}
          <FeedbackSection organisationId={organisationId} manages={manages} />
          <LessonNotesSection organisationId={organisationId} manages={manages} />
        </>
      )}
    </>
  );
}

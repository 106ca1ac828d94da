import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { inLanguage } from '../auth/language-query';
import { EMPTY_NOTE, LessonNoteForm, type NoteDraft } from './LessonNoteForm';
import { send } from './send';

type Note = Schemas['LessonNoteDto'];

/**
 * The organisation's own notes under lessons (local procedure, referral contacts), which its learners read under the
 * lesson: admins write and delete them, trainers see them.
 */
export function LessonNotesSection({ organisationId, manages }: { organisationId: string; manages: boolean }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [draft, setDraft] = useState<NoteDraft>(EMPTY_NOTE);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/lesson-notes', { params: { path: { organisationId } }, ...inLanguage(lang), signal }),
    [organisationId, lang],
  );
  const edit = (note: Note) => {
    setDraft({ moduleSlug: note.moduleSlug, position: note.lessonPosition, bodyFr: note.bodyFr, bodyEn: note.bodyEn });
    setDone('');
  };
  const remove = async (note: Note) => {
    setProblem(undefined);
    const query = { moduleSlug: note.moduleSlug, position: note.lessonPosition };
    const outcome = await send(
      () => api.DELETE('/api/organisations/{organisationId}/lesson-notes', { params: { path: { organisationId }, query: { ...query, lang } } }),
      t('common:load.failed'),
    );
    if (!outcome.ok) return setProblem(outcome.message);
    setDone(t('lessonNotes.deleted', { module: note.moduleTitle, position: note.lessonPosition }));
    reload();
  };
  const where = (note: Note) => `${note.moduleTitle} · ${t('lessonNotes.lessonNumber', { position: note.lessonPosition })}${note.lessonTitle ? ` — ${note.lessonTitle}` : ''}`;
  return (
    <section id="lesson-notes" className="org-section" aria-labelledby="lesson-notes-title">
      <h2 id="lesson-notes-title">{t('lessonNotes.title')}</h2>
      <p>{t('lessonNotes.intro')}</p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p role="status">{done}</p>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('lessonNotes.none')}</p>
      ) : (
        <ul className="org-list">
          {state.data.items.map((note) => (
            <li key={`${note.moduleSlug}/${note.lessonPosition}`} className="card">
              <h3>{where(note)}</h3>
              {note.bodyFr && <p lang="fr">{note.bodyFr}</p>}
              {note.bodyEn && <p lang="en">{note.bodyEn}</p>}
              {manages && (
                <p>
                  <button type="button" className="button button--secondary" onClick={() => edit(note)}>
                    {t('lessonNotes.edit')} <span className="visually-hidden">{where(note)}</span>
                  </button>{' '}
                  <button type="button" className="button button--secondary" onClick={() => void remove(note)}>
                    {t('lessonNotes.delete')} <span className="visually-hidden">{where(note)}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && (
        <LessonNoteForm
          organisationId={organisationId}
          draft={draft}
          onChange={setDraft}
          onSaved={() => {
            setDone(t('lessonNotes.saved'));
            setDraft(EMPTY_NOTE);
            reload();
          }}
        />
      )}
    </section>
  );
}

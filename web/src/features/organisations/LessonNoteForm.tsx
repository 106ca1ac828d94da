import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { inLanguage } from '../auth/language-query';
import { send } from './send';

export type NoteDraft = Pick<Schemas['SaveLessonNoteDto'], 'moduleSlug' | 'position' | 'bodyFr' | 'bodyEn'>;
export const EMPTY_NOTE: NoteDraft = { moduleSlug: '', position: 1, bodyFr: '', bodyEn: '' };

/** Writes the organisation's note under one lesson: the module, the lesson, and the note in French and in English. */
export function LessonNoteForm({ organisationId, draft, onChange, onSaved }: { organisationId: string; draft: NoteDraft; onChange: (draft: NoteDraft) => void; onSaved: () => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { state, reload } = useApi((signal) => api.GET('/api/modules', { params: { query: { lang, pageSize: 50 } }, signal }), [lang]);
  const modules = state.status === 'ok' ? state.data.items : [];
  const lessonCount = modules.find((module) => module.slug === draft.moduleSlug)?.lessonCount ?? 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const outcome = await send(
      () => api.PUT('/api/organisations/{organisationId}/lesson-notes', { params: { path: { organisationId } }, body: draft, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.message);
    onSaved();
  };
  return (
    <form className="card org-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('lessonNotes.write')}</h3>
      <p className="field__hint">{t('lessonNotes.hint')}</p>
      {state.status !== 'ok' && <LoadState state={state} onRetry={reload} />}
      <div className="field">
        <label htmlFor="note-module">{t('lessonNotes.module')}</label>
        <select id="note-module" value={draft.moduleSlug} required onChange={(e) => onChange({ ...draft, moduleSlug: e.target.value, position: 1 })}>
          <option value="">{t('lessonNotes.chooseModule')}</option>
          {modules.map((module) => (
            <option key={module.slug} value={module.slug}>
              {module.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="note-lesson">{t('lessonNotes.lesson')}</label>
        <select id="note-lesson" value={draft.position} disabled={lessonCount === 0} onChange={(e) => onChange({ ...draft, position: Number(e.target.value) })}>
          {Array.from({ length: lessonCount }, (_, index) => (
            <option key={index + 1} value={index + 1}>
              {t('lessonNotes.lessonNumber', { position: index + 1 })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="note-fr">{t('lessonNotes.bodyFr')}</label>
        <textarea id="note-fr" rows={4} maxLength={5000} value={draft.bodyFr} onChange={(e) => onChange({ ...draft, bodyFr: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="note-en">{t('lessonNotes.bodyEn')}</label>
        <textarea id="note-en" rows={4} maxLength={5000} value={draft.bodyEn} onChange={(e) => onChange({ ...draft, bodyEn: e.target.value })} />
      </div>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p>
        <button type="submit" className="button" disabled={busy}>
          {t('lessonNotes.save')}
        </button>
      </p>
    </form>
  );
}

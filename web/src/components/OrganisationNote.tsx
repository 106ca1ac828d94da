import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

/** The learner's organisation's own note under a lesson, marked as theirs (not part of the lesson everyone reads). */
export function OrganisationNote({ note }: { note: Schemas['OrganisationNoteDto'] | null | undefined }) {
  const { t } = useTranslation('learning');
  if (!note) return null;
  return (
    <aside className="card organisation-note" aria-labelledby="organisation-note-title">
      <h2 id="organisation-note-title">{t('organisationNote', { organisation: note.organisationName })}</h2>
      {/* Rendered on the server from Markdown with raw HTML disabled: safe to insert. */}
      <div className="lesson__body" dangerouslySetInnerHTML={{ __html: note.html }} />
    </aside>
  );
}

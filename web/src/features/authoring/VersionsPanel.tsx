import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useFieldLabels } from './field-labels';
import { formatDateTime } from './format';

type Version = Schemas['VersionSummaryDto'];
type Diff = Schemas['VersionDiffDto'];

type LessonChange = Diff['lessons'][number];

const shorten = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** Published versions, and what changed between two of them (or a version and the draft), lesson by lesson and question by question. */
export function VersionsPanel({ slug, versions, hasDraft }: { slug: string; versions: Version[]; hasDraft: boolean }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const { fieldLabel, valueText } = useFieldLabels();
  // Oldest first, the draft last: by default, the latest version against the draft (or the one before it).
  const choices = [...versions.map((v) => v.number).sort((a, b) => a - b).map(String), ...(hasDraft ? ['draft'] : [])];
  const [from, setFrom] = useState(choices.at(-2) ?? '');
  const [to, setTo] = useState(choices.at(-1) ?? '');
  const [diff, setDiff] = useState<Diff>();
  const [problem, setProblem] = useState<string>();
  const name = (choice: string) => (choice === 'draft' ? t('versions.draft') : t('versions.number', { number: choice }));
  const inReaderLanguage = (text: { fr: string; en: string }) => text[lang] || text[lang === 'fr' ? 'en' : 'fr'];
  const lessonDetails = (change: LessonChange) => [
    ...change.fields.filter((field) => field !== 'position').map((field) => fieldLabel(field)),
    ...(change.fields.includes('position') ? [t('versions.moved', { before: change.positionBefore, after: change.positionAfter })] : []),
  ];
  const details = (parts: string[]) => (parts.length > 0 ? ` (${parts.join(lang === 'fr' ? ' ; ' : '; ')})` : '');
  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      const { data, error } = await api.GET('/api/authoring/modules/{slug}/versions/{from}/diff/{to}', { params: { path: { slug, from, to } } });
      if (data) setDiff(data);
      else setProblem((error as { message?: string } | undefined)?.message ?? t('common:load.failed'));
    } catch {
      setProblem(t('common:load.failed'));
    }
  };
  return (
    <section aria-labelledby="editor-versions" className="authoring-section">
      <h2 id="editor-versions">{t('versions.title')}</h2>
      {versions.length === 0 ? (
        <p>{t('versions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('versions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versions.version')}</th>
                <th scope="col">{t('versions.publishedAt')}</th>
                <th scope="col">{t('versions.publishedBy')}</th>
                <th scope="col">{t('versions.enrolments')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.number}>
                  <th scope="row">{version.number}</th>
                  <td>{version.publishedAt ? formatDateTime(version.publishedAt, lang) : '—'}</td>
                  <td>{version.publishedBy?.displayName ?? t('versions.fromContent')}</td>
                  <td>{version.enrolments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {choices.length >= 2 && (
        <form onSubmit={(event) => void compare(event)} className="authoring-row">
          <div className="field">
            <label htmlFor="diff-from">{t('versions.from')}</label>
            <select id="diff-from" value={from} onChange={(event) => setFrom(event.target.value)}>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {name(choice)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="diff-to">{t('versions.to')}</label>
            <select id="diff-to" value={to} onChange={(event) => setTo(event.target.value)}>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {name(choice)}
                </option>
              ))}
            </select>
          </div>
          <p>
            <button type="submit" className="button button--secondary">
              {t('versions.compare')}
            </button>
          </p>
        </form>
      )}
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
      {diff && (
        <div aria-live="polite" className="authoring-diff">
          <h3>{t('versions.changes', { from: name(diff.from), to: name(diff.to) })}</h3>
          {diff.metadata.length + diff.lessons.length + diff.questions.length === 0 && <p>{t('versions.noChange')}</p>}
          {diff.metadata.length > 0 && (
            <>
              <h4>{t('versions.module')}</h4>
              <ul>
                {diff.metadata.map((change) => (
                  <li key={change.field}>
                    {t('versions.fieldChange', { field: fieldLabel(change.field), before: shorten(valueText(change.field, change.before)), after: shorten(valueText(change.field, change.after)) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.lessons.length > 0 && (
            <>
              <h4>{t('lessons.title')}</h4>
              <ul>
                {diff.lessons.map((change) => (
                  <li key={change.key}>
                    {t(`versions.change.${change.change}`, { name: t('versions.lessonChange', { title: shorten(inReaderLanguage(change.title) || change.key) }) })}
                    {details(lessonDetails(change))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.questions.length > 0 && (
            <>
              <h4>{t('versions.questions')}</h4>
              <ul>
                {diff.questions.map((change) => (
                  <li key={change.id}>
                    {t(`versions.change.${change.change}`, { name: t('versions.questionChange', { prompt: shorten(inReaderLanguage(change.prompt) || change.id) }) })}
                    {details(change.fields.map((field) => fieldLabel(field)))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

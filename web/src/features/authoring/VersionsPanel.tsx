import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from './format';
import { VersionDiff } from './VersionDiff';

type Version = Schemas['VersionSummaryDto'];
type Diff = Schemas['VersionDiffDto'];

/** Published versions, and what changed between two of them (or a version and the draft), lesson by lesson and question by question. */
export function VersionsPanel({ slug, versions, hasDraft }: { slug: string; versions: Version[]; hasDraft: boolean }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  // Oldest first, the draft last: by default, the latest version against the draft (or the one before it).
  const choices = [...versions.map((v) => v.number).sort((a, b) => a - b).map(String), ...(hasDraft ? ['draft'] : [])];
  const [from, setFrom] = useState(choices.at(-2) ?? '');
  const [to, setTo] = useState(choices.at(-1) ?? '');
  const [diff, setDiff] = useState<Diff>();
  const [problem, setProblem] = useState<string>();
  const name = (choice: string) => (choice === 'draft' ? t('versions.draft') : t('versions.number', { number: choice }));
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
        // Focusable and named, so that keyboard users can scroll the table sideways on a narrow screen.
        <div className="table-scroll" role="region" aria-label={t('versions.table')} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t('versions.table')}</caption>
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
          {(
            [
              ['from', from, setFrom],
              ['to', to, setTo],
            ] as const
          ).map(([end, value, set]) => (
            <div className="field" key={end}>
              <label htmlFor={`diff-${end}`}>{t(`versions.${end}`)}</label>
              <select id={`diff-${end}`} value={value} onChange={(event) => set(event.target.value)}>
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {name(choice)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <p>
            <button type="submit" className="button button--secondary">
              {t('versions.compare')}
            </button>
          </p>
        </form>
      )}
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
      {diff && <VersionDiff diff={diff} name={name} />}
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

export interface Filters {
  q: string;
  audience: string;
  competency: string;
}

/** Search and filters in one form; applying them updates the URL, so results can be shared and revisited. */
export function CatalogueFilters({
  filters,
  competencies,
  onApply,
}: {
  filters: Filters;
  competencies: Schemas['CompetencyDto'][];
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation('catalogue');
  const [draft, setDraft] = useState(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const change = (field: keyof Filters) => (event: { target: { value: string } }) => {
    const next = { ...draft, [field]: event.target.value };
    setDraft(next);
    if (field !== 'q') onApply(next);
  };
  return (
    <form role="search" aria-label={t('filters.label')} className="filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="catalogue-q">{t('filters.search')}</label>
        <input id="catalogue-q" type="search" value={draft.q} placeholder={t('filters.searchPlaceholder')} onChange={change('q')} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="catalogue-audience">{t('filters.audience')}</label>
        <select id="catalogue-audience" value={draft.audience} onChange={change('audience')}>
          <option value="">{t('filters.allAudiences')}</option>
          <option value="professional">{t('common:audience.professional')}</option>
          <option value="child">{t('common:audience.child')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="catalogue-competency">{t('filters.competency')}</label>
        <select id="catalogue-competency" value={draft.competency} onChange={change('competency')}>
          <option value="">{t('filters.allCompetencies')}</option>
          {competencies.map((competency) => (
            <option key={competency.code} value={competency.code}>
              {competency.code} — {competency.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </div>
    </form>
  );
}

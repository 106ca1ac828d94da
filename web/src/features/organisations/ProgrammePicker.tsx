import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

/** One certification programme, whose modules the cohort will follow in the programme's order. */
export function ProgrammePicker({ audience, value, onChange }: { audience?: 'professional' | 'child'; value: string; onChange: (slug: string) => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/programmes', { params: { query: { lang } }, signal }), [lang]);
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  // A children's group follows only programmes made for children; adults may follow any.
  const programmes = audience === 'child' ? state.data.items.filter((programme) => programme.audience === 'child') : state.data.items;
  const chosen = programmes.find((programme) => programme.slug === value);
  return (
    <div className="field">
      <label htmlFor="cohort-programme">{t('createCohort.programme')}</label>
      <select id="cohort-programme" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="cohort-programme-modules">
        <option value="">{t('createCohort.chooseProgramme')}</option>
        {programmes.map((programme) => (
          <option key={programme.slug} value={programme.slug}>
            {programme.title}
          </option>
        ))}
      </select>
      <p id="cohort-programme-modules" className="field__hint">
        {chosen ? t('createCohort.programmeModules', { modules: chosen.modules.map((m) => m.title).join(' · ') }) : t('createCohort.programmeHint')}
      </p>
    </div>
  );
}

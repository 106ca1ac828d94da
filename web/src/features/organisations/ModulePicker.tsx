import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

/**
 * Published modules (only children's modules for a children's group) as checkboxes; the ticked ones follow in the order they were ticked, which the list
 * below lets the admin change. `value` holds their slugs in that order.
 */
export function ModulePicker({ audience, value, onChange }: { audience?: 'professional' | 'child'; value: string[]; onChange: (slugs: string[]) => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/modules', { params: { query: { lang, pageSize: 50, ...(audience === 'child' && { audience }) } }, signal }), [lang, audience]);
  const toggle = (slug: string, ticked: boolean) => onChange(ticked ? [...value, slug] : value.filter((s) => s !== slug));
  const move = (from: number, to: number) => {
    const next = [...value];
    [next[from], next[to]] = [next[to], next[from]];
    onChange(next);
  };
  const modules = state.status === 'ok' ? state.data.items : [];
  const titleOf = (slug: string) => modules.find((module) => module.slug === slug)?.title ?? slug;
  return (
    <fieldset className="org-fieldset">
      <legend>{t('createCohort.modules')}</legend>
      <p className="field__hint">{t('createCohort.modulesHint')}</p>
      {state.status !== 'ok' && <LoadState state={state} onRetry={reload} />}
      <div className="org-choices">
        {modules.map((module) => {
          const position = value.indexOf(module.slug);
          return (
            <label key={module.slug} className="choice">
              <input type="checkbox" checked={position !== -1} onChange={(e) => toggle(module.slug, e.target.checked)} />
              <span className="choice__text">{module.title}</span>
              {position !== -1 && <span className="badge">{t('createCohort.position', { position: position + 1 })}</span>}
            </label>
          );
        })}
      </div>
      {value.length > 1 && (
        <>
          <p id="module-order">{t('createCohort.order')}</p>
          <ol className="module-order" aria-labelledby="module-order">
            {value.map((slug, index) => (
              <li key={slug}>
                <span className="module-order__title">{titleOf(slug)}</span>
                <span className="module-order__actions">
                  <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => move(index, index - 1)}>
                    {t('createCohort.up')} <span className="visually-hidden">{titleOf(slug)}</span>
                  </button>
                  <button type="button" className="button button--secondary" disabled={index === value.length - 1} onClick={() => move(index, index + 1)}>
                    {t('createCohort.down')} <span className="visually-hidden">{titleOf(slug)}</span>
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </fieldset>
  );
}

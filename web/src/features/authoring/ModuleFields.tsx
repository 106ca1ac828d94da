import { useTranslation } from 'react-i18next';
import { fieldId } from './field-ids';
import { BilingualField, DraftInput, FieldProblems } from './fields';
import type { Definition, FieldProblem } from './types';

export interface Competency {
  code: string;
  title: string;
}

const toNumber = (value: string) => (value === '' ? 0 : Number(value));

/** The module's own fields: titles and summaries side by side, audience, study time, competencies, validity. */
export function ModuleFields({ definition, update, problems, competencies }: { definition: Definition; update: (change: (d: Definition) => Definition) => void; problems: FieldProblem[]; competencies: Competency[] }) {
  const { t } = useTranslation('authoring');
  const set = <K extends keyof Definition>(key: K, value: Definition[K]) => update((d) => ({ ...d, [key]: value }));
  const toggle = (code: string, on: boolean) =>
    update((d) => ({ ...d, competencies: on ? [...d.competencies.filter((c) => c !== code), code] : d.competencies.filter((c) => c !== code) }));
  return (
    <section aria-labelledby="editor-module" className="authoring-section">
      <h2 id="editor-module">{t('editor.moduleSection')}</h2>
      <BilingualField path="title" label={t('fields.title')} value={definition.title} onChange={(value) => set('title', value)} problems={problems} />
      <BilingualField path="summary" label={t('fields.summary')} value={definition.summary} onChange={(value) => set('summary', value)} problems={problems} multiline />
      <div className="authoring-row">
        <div className="field">
          <label htmlFor={fieldId('audience')}>{t('fields.audience')}</label>
          <select id={fieldId('audience')} value={definition.audience} onChange={(event) => set('audience', event.target.value as Definition['audience'])}>
            <option value="professional">{t('common:audience.professional')}</option>
            <option value="child">{t('common:audience.child')}</option>
          </select>
        </div>
        <DraftInput path="minutes" label={t('fields.minutes')} type="number" min={1} max={6000} inputMode="numeric" value={definition.minutes || ''} onChange={(value) => set('minutes', toNumber(value))} problems={problems} />
        <DraftInput
          path="validityMonths"
          label={t('fields.validityMonths')}
          type="number"
          min={1}
          max={240}
          inputMode="numeric"
          value={definition.validityMonths ?? ''}
          onChange={(value) => update((d) => (value === '' ? { ...d, validityMonths: undefined } : { ...d, validityMonths: Number(value) }))}
          problems={problems}
        />
      </div>
      <fieldset id={fieldId('competencies')} tabIndex={-1} className="authoring-competencies">
        <legend>{t('fields.competencies')}</legend>
        <FieldProblems path="competencies" problems={problems} exact={false} />
        {competencies.map((competency) => (
          <label key={competency.code} className="choice">
            <input type="checkbox" checked={definition.competencies.includes(competency.code)} onChange={(event) => toggle(competency.code, event.target.checked)} />
            <span className="choice__text">
              <span className="competency-code">{competency.code}</span> {competency.title}
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

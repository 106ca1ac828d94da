import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';
import { send } from './send';

type Kind = Schemas['CreateOrganisationDto']['kind'];
const KINDS: Kind[] = ['school', 'training_centre', 'association', 'network', 'public_institution'];

/** Platform admins create an organisation; its first admin is then added from the organisation's page. */
export function CreateOrganisationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('school');
  const [country, setCountry] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [created, setCreated] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setCreated(undefined);
    const body = { name, kind, ...(country.trim() && { country: country.trim().toUpperCase() }) };
    const outcome = await send(() => api.POST('/api/organisations', { body, ...inLanguage(lang) }), t('common:load.failed'));
    setBusy(false);
    if (!outcome.ok) return setProblem(outcome.message);
    setCreated(outcome.data.name);
    setName('');
    setCountry('');
    onCreated();
  };
  return (
    <form className="card org-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('create.title')}</h2>
      <div className="field">
        <label htmlFor="organisation-name">{t('create.name')}</label>
        <input id="organisation-name" value={name} onChange={(e) => setName(e.target.value)} required minLength={2} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="organisation-kind">{t('create.kind')}</label>
        <select id="organisation-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="organisation-country">{t('create.country')}</label>
        <span id="organisation-country-hint" className="field__hint">
          {t('create.countryHint')}
        </span>
        <input
          id="organisation-country"
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          aria-describedby="organisation-country-hint"
          pattern="[A-Za-z]{2}"
          maxLength={2}
          autoComplete="country"
          className="org-form__short"
        />
      </div>
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
      <p role="status">{created ? t('create.done', { name: created }) : ''}</p>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {t('create.submit')}
        </button>
      </p>
    </form>
  );
}

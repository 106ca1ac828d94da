import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { callApi } from '../auth/call-api';
import { ErrorSummary } from '../auth/ErrorSummary';
import type { FormErrors } from '../auth/form-errors';
import { withFieldIds } from './form-fields';
import { TextField } from '../auth/TextField';
import { OrganisationField, useDefaultOrganisation } from './OrganisationField';

/** A new module: its address, audience and titles; the rest is written in the draft editor it opens. */
export function NewModuleForm() {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState(useDefaultOrganisation());
  const [slug, setSlug] = useState('');
  const [audience, setAudience] = useState<'professional' | 'child'>('professional');
  const [title, setTitle] = useState({ fr: '', en: '' });
  const [errors, setErrors] = useState<FormErrors>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body = { slug, audience, title, ...(organisationId && { organisationId }) };
    const outcome = await callApi(() => api.POST('/api/authoring/modules', { params: { query: { lang } }, body }), t('common:load.failed'));
    setBusy(false);
    if (!outcome.ok) return setErrors(withFieldIds(outcome.errors));
    void navigate(`/authoring/${outcome.data.slug}`);
  };
  return (
    <form className="card authoring-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('create.title')}</h2>
      {errors && <ErrorSummary errors={errors} idPrefix="new-module" />}
      <OrganisationField id="new-module-organisationId" value={organisationId} onChange={setOrganisationId} />
      <TextField
        id="new-module-slug"
        label={t('create.slug')}
        hint={t('create.slugHint')}
        value={slug}
        onChange={(value) => setSlug(value.toLowerCase())}
        error={errors?.fields.slug}
        required
        maxLength={100}
        autoCapitalize="off"
        spellCheck={false}
      />
      <fieldset className="field">
        <legend>{t('fields.audience')}</legend>
        {(['professional', 'child'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="new-module-audience" value={value} checked={audience === value} onChange={() => setAudience(value)} />
            <span className="choice__text">{value === 'child' ? t('common:audience.child') : t('common:audience.professional')}</span>
          </label>
        ))}
      </fieldset>
      <div className="bilingual">
        <TextField id="new-module-title-fr" label={t('fields.titleFr')} lang="fr" value={title.fr} onChange={(fr) => setTitle({ ...title, fr })} error={errors?.fields['title-fr']} maxLength={200} />
        <TextField id="new-module-title-en" label={t('fields.titleEn')} lang="en" value={title.en} onChange={(en) => setTitle({ ...title, en })} error={errors?.fields['title-en']} maxLength={200} />
      </div>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {t('create.submit')}
        </button>
      </p>
    </form>
  );
}

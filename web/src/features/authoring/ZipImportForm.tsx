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
import { Busy } from './Busy';
import { OrganisationField, useDefaultOrganisation } from './OrganisationField';
import { asRawBody } from './send-file';

/** A module zip (as exported) becomes a new module whose draft holds it. */
export function ZipImportForm() {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState(useDefaultOrganisation());
  const [slug, setSlug] = useState('');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<FormErrors>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors({ message: t('zip.noFile'), fields: {} });
    setBusy(true);
    const query = { lang, slug, ...(organisationId && { organisationId }) };
    const outcome = await callApi(
      () => api.POST('/api/authoring/modules/import.zip', { params: { query }, body: file as never, ...asRawBody('application/zip') }),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return setErrors(withFieldIds(outcome.errors));
    void navigate(`/authoring/${outcome.data.slug}`);
  };
  return (
    <form className="card authoring-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('zip.importTitle')}</h2>
      <p>{t('zip.importLead')}</p>
      {errors && <ErrorSummary errors={errors} idPrefix="zip-module" />}
      <OrganisationField id="zip-module-organisationId" value={organisationId} onChange={setOrganisationId} />
      <TextField id="zip-module-slug" label={t('create.slug')} hint={t('create.slugHint')} value={slug} onChange={(value) => setSlug(value.toLowerCase())} error={errors?.fields.slug} required maxLength={100} />
      <div className="field">
        <label htmlFor="zip-module-file">{t('zip.file')}</label>
        <input id="zip-module-file" type="file" accept=".zip,application/zip" onChange={(event) => setFile(event.target.files?.[0])} />
      </div>
      {busy && <Busy label={t('zip.sending')} />}
      <p>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('zip.importSubmit')}
        </button>
      </p>
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorSummary } from '../auth/ErrorSummary';
import { toFormErrors, type FormErrors } from '../auth/form-errors';
import { withFieldIds } from './form-fields';
import { TextField } from '../auth/TextField';
import { Busy } from './Busy';
import { OrganisationField, useDefaultOrganisation } from './OrganisationField';
import { useUpload } from './useUpload';

/** A module zip (as exported) becomes a new module whose draft holds it. */
export function ZipImportForm() {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState(useDefaultOrganisation());
  const [slug, setSlug] = useState('');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<FormErrors>();
  const { progress, send } = useUpload();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors({ message: t('zip.noFile'), fields: {} });
    const query = { lang, slug, ...(organisationId && { organisationId }) };
    try {
      const result = await send('/api/authoring/modules/import.zip', { params: { query }, body: file, contentType: 'application/zip' });
      if (!result.ok) return setErrors(withFieldIds(toFormErrors(result.error, t('common:load.failed'))));
      void navigate(`/authoring/${result.data.slug}`);
    } catch {
      setErrors({ message: t('common:load.failed'), fields: {} });
    }
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
      {progress && <Busy progress={progress} />}
      <p>
        <button type="submit" className="button button--secondary" disabled={progress !== undefined}>
          {t('zip.importSubmit')}
        </button>
      </p>
    </form>
  );
}

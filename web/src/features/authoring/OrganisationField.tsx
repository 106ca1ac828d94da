import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';
import { authoringOrganisations } from './access';

/**
 * Where a new module belongs: a picker when the user authors for several organisations, nothing to choose when only
 * one. A platform admin may also leave it empty for a platform-wide module.
 */
export function OrganisationField({ id, value, onChange }: { id: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('authoring');
  const { user } = useSession();
  if (!user) return null;
  const organisations = authoringOrganisations(user);
  const admin = user.platformRole === 'admin';
  if (organisations.length <= 1 && !admin) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('create.organisation')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required={!admin}>
        {admin ? <option value="">{t('create.platformWide')}</option> : null}
        {organisations.map((membership) => (
          <option key={membership.organisationId} value={membership.organisationId}>
            {membership.organisationName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The organisation preselected: the only (or first) one the user authors for; none for a platform admin without one. */
export function useDefaultOrganisation(): string {
  const { user } = useSession();
  return user ? (authoringOrganisations(user)[0]?.organisationId ?? '') : '';
}

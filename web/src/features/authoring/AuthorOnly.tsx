import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyNamespace } from '../../i18n/lazy-resources';
import { useSession } from '../auth/useSession';
import { canAuthor } from './access';

/** The authoring pages, for trainers, org admins and platform admins only (the API refuses everyone else too). */
export function AuthorOnly({ children }: { children: ReactNode }) {
  useLazyNamespace('authoring');
  const { t } = useTranslation('authoring');
  const { user } = useSession();
  if (canAuthor(user)) return children;
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p role="alert" className="notice notice--warning">
        {t('list.notAllowed')}
      </p>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { withNext } from './next-path';
import { useSession } from './useSession';

/**
 * Shows its children (or the nested routes) to a logged-in user; sends anyone else to the log-in
 * page, which brings them back here afterwards.
 */
export function RequireLogin({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { user, status } = useSession();
  const { pathname, search, hash } = useLocation();
  if (status === 'loading') {
    return (
      <p role="status" className="load-state">
        {t('load.loading')}
      </p>
    );
  }
  if (!user) return <Navigate to={withNext('/login', `${pathname}${search}${hash}`)} replace />;
  return children ?? <Outlet />;
}

import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '../../../app/AppRoutes';
import { initI18n } from '../../../i18n/i18n';
import type { Language } from '../../../i18n/languages';
import { SessionProvider } from '../SessionProvider';

function CurrentLocation() {
  const { pathname, search } = useLocation();
  return <div data-testid="location">{`${pathname}${search}`}</div>;
}

/** The whole app, as App renders it, but starting at `path` in memory and showing where it is. */
export async function renderApp(path: string, language: Language = 'en') {
  const i18n = await initI18n(language);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <SessionProvider>
          <AppRoutes />
          <CurrentLocation />
        </SessionProvider>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { i18n, ...view };
}

export const currentLocation = () => screen.getByTestId('location').textContent;

/** The header's account links appear once the session is known. */
export const accountNav = (name = 'Your account') => screen.findByRole('navigation', { name });

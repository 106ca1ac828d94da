import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/auth/SessionProvider';
import { OutboxProvider } from '../features/offline/OutboxProvider';
import { AppRoutes } from './AppRoutes';

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <SessionProvider>
          <OutboxProvider>
            <AppRoutes />
          </OutboxProvider>
        </SessionProvider>
      </BrowserRouter>
    </I18nextProvider>
  );
}

import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../i18n/i18n';
import { lazyResources } from '../../../i18n/lazy-resources';

/** One authoring component on its own, in English unless told, with the strings the lazy authoring pages add. */
export async function renderAuthoring(ui: ReactNode, language: 'fr' | 'en' = 'en') {
  const i18n = await initI18n(language);
  for (const language of ['fr', 'en'] as const) i18n.addResourceBundle(language, 'authoring', lazyResources[language].authoring);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

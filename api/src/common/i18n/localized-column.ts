import type { Language } from './language.js';

/**
 * The column of a bilingual pair for a language (`title` → `title_fr`). The suffix comes from a fixed list, never
 * from input, which is what makes it safe to place in SQL text.
 */
export const localizedColumn = (name: string, language: Language) => `${name}_${language === 'fr' ? 'fr' : 'en'}`;

import { normalizeText } from '../../common/text/normalize.js';

export type ImportField = 'displayName' | 'email';

/**
 * Column headings accepted in French and English, compared without case, accents or punctuation. Any other column
 * (sector, job title, country, gender…) is ignored: what a person says about themself is theirs to declare.
 */
const HEADINGS: Record<ImportField, string[]> = {
  displayName: ['display name', 'name', 'full name', 'nom', 'nom affiche', 'nom complet', 'prenom et nom', 'nom et prenom'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'adresse e mail', 'adresse email', 'courriel', 'adresse courriel'],
};

export function fieldOfHeading(heading: string): ImportField | undefined {
  const normalized = normalizeText(heading);
  return (Object.keys(HEADINGS) as ImportField[]).find((field) => HEADINGS[field].includes(normalized));
}

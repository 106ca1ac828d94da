import { normalizeText } from '../../common/text/normalize.js';

export type ImportField = 'displayName' | 'firstName' | 'lastName' | 'email';

/**
 * Column headings accepted in French and English, compared without case, accents or punctuation. Any other column
 * (sector, job title, country, gender…) is not used, and the preview names it: what a person says about themself is
 * theirs to declare.
 */
const HEADINGS: Record<ImportField, string[]> = {
  displayName: ['display name', 'name', 'full name', 'nom affiche', 'nom complet', 'prenom et nom', 'nom et prenom'],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'given names', 'forename'],
  lastName: ['nom de famille', 'last name', 'lastname', 'surname', 'family name'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'adresse e mail', 'adresse email', 'courriel', 'adresse courriel'],
};

const fieldOf = (normalized: string) => (Object.keys(HEADINGS) as ImportField[]).find((field) => HEADINGS[field].includes(normalized));

/**
 * The field each column feeds, or undefined for a column not used. « Nom » alone is the whole name, as in a list of
 * names; beside a « Prénom » column it is the surname (the usual French « Nom;Prénom;Courriel »). A whole-name column
 * wins over first and last names, and only the first column of each field is read.
 */
export function columnsOf(headings: string[]): (ImportField | undefined)[] {
  const normalized = headings.map(normalizeText);
  const hasFirstName = normalized.some((heading) => fieldOf(heading) === 'firstName');
  const fields = normalized.map((heading) => (heading === 'nom' ? (hasFirstName ? 'lastName' : 'displayName') : fieldOf(heading)));
  const hasDisplayName = fields.includes('displayName');
  return fields.map((field, at) => {
    if (!field || fields.indexOf(field) !== at) return undefined;
    return hasDisplayName && (field === 'firstName' || field === 'lastName') ? undefined : field;
  });
}

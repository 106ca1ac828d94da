import { normalizeText } from '../../common/text/normalize.js';
import type { Gender, Sector } from '../../users/user.entity.js';

export type ImportField = 'displayName' | 'email' | 'sector' | 'jobTitle' | 'country' | 'gender';

/** Column headings accepted in French and English, compared without case, accents or punctuation. */
const HEADINGS: Record<ImportField, string[]> = {
  displayName: ['display name', 'name', 'full name', 'nom', 'nom affiche', 'nom complet', 'prenom et nom', 'nom et prenom'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'adresse e mail', 'adresse email', 'courriel', 'adresse courriel'],
  sector: ['sector', 'secteur'],
  jobTitle: ['job title', 'job', 'position', 'fonction', 'poste', 'intitule de poste', 'metier'],
  country: ['country', 'pays'],
  gender: ['gender', 'genre', 'sexe'],
};

export function fieldOfHeading(heading: string): ImportField | undefined {
  const normalized = normalizeText(heading);
  return (Object.keys(HEADINGS) as ImportField[]).find((field) => HEADINGS[field].includes(normalized));
}

const SECTOR_WORDS: Record<Sector, string[]> = {
  police: ['police', 'gendarmerie', 'police gendarmerie'],
  justice: ['justice'],
  social_work: ['social work', 'social_work', 'travail social', 'action sociale', 'social'],
  education: ['education', 'teaching', 'enseignement'],
  health: ['health', 'sante'],
  community: ['community', 'community association', 'association', 'communautaire', 'communaute', 'communautaire associatif', 'associatif'],
  other: ['other', 'autre'],
};

const GENDER_WORDS: Record<Gender, string[]> = {
  woman: ['woman', 'female', 'f', 'femme'],
  man: ['man', 'male', 'm', 'h', 'homme'],
  another: ['another', 'another identity', 'other', 'autre', 'autre identite', 'non binary', 'non binaire'],
  prefer_not_to_say: ['prefer not to say', 'prefer_not_to_say', 'prefere ne pas repondre', 'ne souhaite pas repondre', 'ne se prononce pas', 'nsp'],
};

const lookUp = <T extends string>(words: Record<T, string[]>, value: string): T | undefined => {
  const normalized = normalizeText(value.replace(/_/g, ' '));
  return (Object.keys(words) as T[]).find((key) => words[key].includes(normalized));
};

export const sectorOf = (value: string) => lookUp(SECTOR_WORDS, value);
export const genderOf = (value: string) => lookUp(GENDER_WORDS, value);

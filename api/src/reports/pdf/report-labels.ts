import type { Language } from '../../common/i18n/language.js';

const en = {
  title: 'Cohort report',
  generated: 'Produced on {date}',
  period: 'From {from} to {to}',
  modules: 'Modules followed',
  totals: 'Figures',
  members: 'Members',
  enrolled: 'Enrolled',
  started: 'Started',
  completed: 'Completed every module',
  certified: 'Certified in every module',
  completedShort: 'Completed',
  certifiedShort: 'Certified',
  rate: 'Certification rate',
  competencies: 'Competency profile (share of correct answers)',
  noAnswers: 'no answers yet',
  bySector: 'By sector',
  byGender: 'By gender',
  group: 'Group',
  privacy: 'Breakdowns are estimates: each person counts with an answer drawn at random once (their own, or another), so that nobody’s stated gender or sector can be worked out. Only what people state themselves counts; groups under 5 are combined and never shown alone.',
  suppressed: 'Groups of fewer than 5 people (combined)',
  unspecified: 'Not stated',
  police: 'Police, gendarmerie', justice: 'Justice', social_work: 'Social work', education: 'Education', health: 'Health',
  community: 'Community, associations', other: 'Other', woman: 'Women', man: 'Men', another: 'Another identity', prefer_not_to_say: 'Prefer not to say',
};

type Key = keyof typeof en;

const fr: Record<Key, string> = {
  title: 'Rapport de cohorte',
  generated: 'Établi le {date}',
  period: 'Du {from} au {to}',
  modules: 'Modules suivis',
  totals: 'Chiffres',
  members: 'Membres',
  enrolled: 'Inscrits',
  started: 'Ont commencé',
  completed: 'Ont terminé tous les modules',
  certified: 'Certifiés dans tous les modules',
  completedShort: 'Ont terminé',
  certifiedShort: 'Certifiés',
  rate: 'Taux de certification',
  competencies: 'Profil de compétences (part de réponses justes)',
  noAnswers: 'pas encore de réponses',
  bySector: 'Par secteur',
  byGender: 'Par genre',
  group: 'Groupe',
  privacy: 'Les répartitions sont des estimations : chaque personne compte avec une réponse tirée au hasard une fois pour toutes (la sienne, ou une autre), pour qu’on ne puisse retrouver ni le genre ni le secteur de personne. Seul ce que les personnes déclarent elles-mêmes compte ; les groupes de moins de 5 sont regroupés et jamais montrés seuls.',
  suppressed: 'Groupes de moins de 5 personnes (regroupés)',
  unspecified: 'Non renseigné',
  police: 'Police, gendarmerie', justice: 'Justice', social_work: 'Travail social', education: 'Éducation', health: 'Santé',
  community: 'Communautaire, associations', other: 'Autre', woman: 'Femmes', man: 'Hommes', another: 'Autre identité', prefer_not_to_say: 'Préfère ne pas répondre',
};

export const reportLabels: Record<Language, Record<Key, string>> = { en, fr };

export function reportLabel(language: Language, key: string, params: Record<string, string> = {}): string {
  const text = (reportLabels[language] as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

import type { Language } from '../../common/i18n/language.js';

// French typography: a non-breaking space before a colon, a narrow one inside « ».
const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

const en = {
  title: 'Certificate of Achievement',
  awardedTo: 'This certificate is awarded to',
  completion: 'for successfully completing the training module',
  completionProgramme: 'for successfully completing every module of the certification programme',
  programmeModules: 'Modules: {modules}',
  moduleVersion: 'Version {version}',
  competenciesHeading: 'Competencies demonstrated',
  moreCompetenciesOne: '… and one more competency, listed on the verification page.',
  moreCompetenciesOther: '… and {count} more competencies, listed on the verification page.',
  issuedOn: 'Issued on',
  validUntil: 'Valid until',
  issuedBy: 'Issued by',
  verificationCode: 'Verification code',
  verificationHelp: 'To confirm that this certificate is genuine and valid, scan the QR code or visit:',
  documentTitle: 'Certificate of Achievement – {holder}',
  documentSubject: 'Training module “{module}”, version {version}',
  documentSubjectProgramme: 'Certification programme “{programme}”',
};

export type CertificateLabelKey = keyof typeof en;

const fr: Record<CertificateLabelKey, string> = {
  title: 'Certificat de réussite',
  awardedTo: 'Ce certificat est décerné à',
  completion: 'pour avoir suivi et validé le module de formation',
  completionProgramme: 'pour avoir suivi et validé tous les modules du parcours de certification',
  programmeModules: `Modules${NBSP}: {modules}`,
  moduleVersion: 'Version {version}',
  competenciesHeading: 'Compétences validées',
  moreCompetenciesOne: '… ainsi qu’une autre compétence, détaillée sur la page de vérification.',
  moreCompetenciesOther: '… ainsi que {count} autres compétences, détaillées sur la page de vérification.',
  issuedOn: 'Délivré le',
  validUntil: 'Valable jusqu’au',
  issuedBy: 'Délivré par',
  verificationCode: 'Code de vérification',
  verificationHelp:
    'Pour vérifier l’authenticité et la validité de ce certificat, ' +
    `scannez le code QR ou rendez-vous sur${NBSP}:`,
  documentTitle: 'Certificat de réussite – {holder}',
  documentSubject: `Module de formation «${NARROW_NBSP}{module}${NARROW_NBSP}», version {version}`,
  documentSubjectProgramme: `Parcours de certification «${NARROW_NBSP}{programme}${NARROW_NBSP}»`,
};

export const certificateLabels: Record<Language, Record<CertificateLabelKey, string>> = { en, fr };

/** The label in `language`, with `{name}` placeholders filled from `params`. */
export function certificateLabel(
  language: Language,
  key: CertificateLabelKey,
  params: Record<string, string | number> = {},
): string {
  return certificateLabels[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "… and 3 more competencies", with the plural form of `language`. */
export function moreCompetenciesLabel(language: Language, count: number): string {
  const one = new Intl.PluralRules(language).select(count) === 'one';
  return certificateLabel(language, one ? 'moreCompetenciesOne' : 'moreCompetenciesOther', { count });
}

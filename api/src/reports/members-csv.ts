import Papa from 'papaparse';
import type { Language } from '../common/i18n/language.js';
import type { DashboardMemberDto, DashboardModuleDto } from './dto/dashboard.dto.js';
import { moduleStatus } from './module-status.js';

const LABELS = {
  fr: { name: 'Nom', email: 'Adresse e-mail', lessons: 'leçons lues', best: 'meilleur score (%)', status: 'statut', certificate: 'certificat',
        status_notEnrolled: 'non inscrit', status_notStarted: 'pas commencé', status_inProgress: 'en cours', status_passed: 'évaluation réussie', status_completed: 'terminé',
        cert_none: 'aucun', cert_valid: 'valide', cert_expired: 'expiré', cert_revoked: 'révoqué' },
  en: { name: 'Name', email: 'E-mail', lessons: 'lessons read', best: 'best score (%)', status: 'status', certificate: 'certificate',
        status_notEnrolled: 'not enrolled', status_notStarted: 'not started', status_inProgress: 'in progress', status_passed: 'assessment passed', status_completed: 'completed',
        cert_none: 'none', cert_valid: 'valid', cert_expired: 'expired', cert_revoked: 'revoked' },
} as const;

/**
 * UTF-8 with a BOM and CRLF line ends, so that Excel and LibreOffice open it with accents intact; French
 * spreadsheets expect semicolons (the comma is their decimal separator), English ones commas.
 */
export function membersCsv(modules: DashboardModuleDto[], members: (DashboardMemberDto & { email: string | null })[], language: Language): string {
  const l = LABELS[language];
  const header = [l.name, l.email, ...modules.flatMap((m) => [`${m.title} — ${l.lessons}`, `${m.title} — ${l.best}`, `${m.title} — ${l.status}`, `${m.title} — ${l.certificate}`])];
  const rows = members.map((member) => [
    member.displayName,
    member.email ?? '',
    ...member.modules.flatMap((cell) => [
      `${cell.lessonsRead}/${cell.lessonCount}`,
      cell.bestScore ?? '',
      l[`status_${moduleStatus(cell)}`],
      l[`cert_${cell.certificate}`],
    ]),
  ]);
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: language === 'fr' ? ';' : ',', newline: '\r\n', escapeFormulae: true })}\r\n`;
}

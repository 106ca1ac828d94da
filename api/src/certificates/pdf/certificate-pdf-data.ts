import type { Language } from '../../common/i18n/language.js';

/** Everything printed on a certificate; the caller has already chosen the language of each text. */
export interface CertificatePdfData {
  language: Language;
  holderName: string;
  /** The module's title, or the programme's. */
  moduleTitle: string;
  /** Present for a module certificate. */
  moduleVersion?: number;
  /** Present for a programme certificate: the titles of its modules, in order. */
  programmeModules?: string[];
  competencies: { code: string; title: string }[];
  issuedAt: Date;
  expiresAt?: Date | null;
  issuerName: string;
  verificationCode: string;
  verificationUrl: string;
  /** IANA time zone in which the dates are written; UTC when absent. */
  timeZone?: string;
}

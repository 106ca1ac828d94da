import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { Language } from '../common/i18n/language.js';
import { AppConfig } from '../config/config.js';
import { certificateStatus } from './certificate-validity.js';
import { LearningService } from '../learning/learning.service.js';
import { issueOpenBadgeCredential, verifyOpenBadgeCredential } from './credentials/index.js';
import type { CertificateKind, CertificateStatus, CertificateVerificationDto, CredentialCheckDto, MyCertificateDto } from './dto/certificate.dto.js';
import { IssuerService } from './issuer.service.js';
import { renderCertificatePdf } from './pdf/certificate-pdf.js';
import { newVerificationCode, normalizeVerificationCode } from './verification-code.js';

interface CertificateFacts {
  id: string;
  code: string;
  userId: string;
  holderName: string;
  kind: CertificateKind;
  /** The module's slug, or the programme's. */
  slug: string;
  /** The module version; null for a programme. */
  version: number | null;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  competencies: { code: string; titleFr: string; titleEn: string }[];
  /** A programme's modules, in order; null for a module certificate. */
  programmeModules: { titleFr: string; titleEn: string }[] | null;
  issuedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  credential: Record<string, unknown> | null;
}

// A module certificate names the version studied; a programme certificate, the programme's modules and all their competencies.
const FACTS_SQL = `
  SELECT c.id, c.code, c.user_id AS "userId", c.holder_name AS "holderName",
         CASE WHEN c.programme_id IS NULL THEN 'module' ELSE 'programme' END AS kind,
         COALESCE(m.slug, p.slug) AS slug, v.number AS version,
         COALESCE(v.title_fr, p.title_fr) AS "titleFr", COALESCE(v.title_en, p.title_en) AS "titleEn",
         COALESCE(v.summary_fr, p.summary_fr) AS "summaryFr", COALESCE(v.summary_en, p.summary_en) AS "summaryEn",
         c.issued_at AS "issuedAt", c.expires_at AS "expiresAt", c.revoked_at AS "revokedAt", c.revoked_reason AS "revokedReason",
         c.credential,
         CASE WHEN c.programme_id IS NULL THEN
           (SELECT json_agg(json_build_object('code', k.code, 'titleFr', k.title_fr, 'titleEn', k.title_en) ORDER BY mvc.position)
              FROM module_version_competencies mvc JOIN competencies k ON k.code = mvc.competency_code
             WHERE mvc.module_version_id = v.id)
         ELSE
           (SELECT json_agg(json_build_object('code', k.code, 'titleFr', k.title_fr, 'titleEn', k.title_en) ORDER BY k.position)
              FROM competencies k
             WHERE k.code IN (SELECT mvc.competency_code FROM programme_modules pm JOIN modules pmm ON pmm.id = pm.module_id
                                JOIN module_version_competencies mvc ON mvc.module_version_id = pmm.current_version_id
                               WHERE pm.programme_id = p.id))
         END AS competencies,
         (SELECT json_agg(json_build_object('titleFr', pv.title_fr, 'titleEn', pv.title_en) ORDER BY pm.position)
            FROM programme_modules pm JOIN modules pmm ON pmm.id = pm.module_id JOIN module_versions pv ON pv.id = pmm.current_version_id
           WHERE pm.programme_id = p.id) AS "programmeModules"
    FROM certificates c
    LEFT JOIN module_versions v ON v.id = c.module_version_id LEFT JOIN modules m ON m.id = v.module_id
    LEFT JOIN programmes p ON p.id = c.programme_id`;

const pick = (language: Language, fr: string, en: string) => (language === 'fr' ? fr : en);

@Injectable()
export class CertificatesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningService,
    private readonly issuer: IssuerService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.learning.onCompleted((enrolmentId, manager) => this.issueForEnrolment(enrolmentId, manager));
  }

  verificationUrl(code: string) {
    return `${this.config.publicUrl}/verify/${code}`;
  }

  statusOf(facts: Pick<CertificateFacts, 'revokedAt' | 'expiresAt'>, now = new Date()): CertificateStatus {
    return certificateStatus(facts, now);
  }

  /** Issues the certificate of a completed enrolment, inside the completing transaction: once, or not at all. */
  async issueForEnrolment(enrolmentId: string, manager: EntityManager): Promise<void> {
    const [context] = await manager.query(
      `SELECT e.user_id AS "userId", e.module_version_id AS "versionId", u.display_name AS "holderName",
              v.validity_months AS "validityMonths", v.module_id AS "moduleId"
         FROM enrolments e JOIN users u ON u.id = e.user_id JOIN module_versions v ON v.id = e.module_version_id WHERE e.id = $1`,
      [enrolmentId],
    );
    // Expiry by calendar months in SQL (31 January + 1 month is 28 or 29 February, not 3 March).
    const [inserted] = await manager.query(
      `INSERT INTO certificates (code, user_id, enrolment_id, module_version_id, holder_name, expires_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(months => $6::int) END)
       ON CONFLICT (enrolment_id) DO NOTHING RETURNING id`,
      [newVerificationCode(), context.userId, enrolmentId, context.versionId, context.holderName, context.validityMonths],
    );
    if (!inserted?.id) return;
    await this.sign(inserted.id, manager);
    await this.issueCompletedProgrammes(context.userId, context.moduleId, manager);
  }

  /**
   * Issues, once per person, the certificate of every programme whose modules are now all completed. It expires
   * with the first of the module certificates it rests on.
   */
  private async issueCompletedProgrammes(userId: string, moduleId: string, manager: EntityManager): Promise<void> {
    // Two modules completed at the same moment must not both miss the programme: one person's checks run one at a time.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('programme-certificates:' || $1))`, [userId]);
    const completed: { programmeId: string; expiresAt: Date | null }[] = await manager.query(
      `SELECT p.id AS "programmeId",
              (SELECT min(best) FROM (
                 SELECT CASE WHEN bool_or(c.expires_at IS NULL) THEN NULL ELSE max(c.expires_at) END AS best
                   FROM certificates c JOIN module_versions cv ON cv.id = c.module_version_id
                   JOIN programme_modules cpm ON cpm.module_id = cv.module_id AND cpm.programme_id = p.id
                  WHERE c.user_id = $1 AND c.revoked_at IS NULL GROUP BY cv.module_id) per_module) AS "expiresAt"
         FROM programmes p
        WHERE p.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM programme_modules x WHERE x.programme_id = p.id AND x.module_id = $2)
          AND NOT EXISTS (SELECT 1 FROM programme_modules pm
                           WHERE pm.programme_id = p.id
                             AND NOT EXISTS (SELECT 1 FROM enrolments e JOIN module_versions ev ON ev.id = e.module_version_id
                                              WHERE e.user_id = $1 AND ev.module_id = pm.module_id AND e.completed_at IS NOT NULL))`,
      [userId, moduleId],
    );
    for (const { programmeId, expiresAt } of completed) {
      const [inserted] = await manager.query(
        `INSERT INTO certificates (code, user_id, programme_id, holder_name, expires_at)
         SELECT $1, u.id, $3, u.display_name, $4 FROM users u WHERE u.id = $2
         ON CONFLICT (user_id, programme_id) WHERE programme_id IS NOT NULL DO NOTHING RETURNING id`,
        [newVerificationCode(), userId, programmeId, expiresAt],
      );
      if (inserted?.id) await this.sign(inserted.id, manager);
    }
  }

  /** Signs a freshly inserted certificate's credential, in the holder's language. */
  private async sign(id: string, manager: EntityManager): Promise<void> {
    const [facts] = (await manager.query(`${FACTS_SQL} WHERE c.id = $1`, [id])) as CertificateFacts[];
    const [holder] = await manager.query(
      `SELECT c.status_index AS "statusIndex", CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END AS "verifiedEmail",
              u.preferred_language AS language
         FROM certificates c JOIN users u ON u.id = c.user_id WHERE c.id = $1`,
      [id],
    );
    // Only an address its holder proved to receive mail at may be bound to a credential (anyone can type any address).
    const identity = holder.verifiedEmail ? { email: holder.verifiedEmail as string } : { accountId: facts.userId };
    const credential = await this.signCredential(facts, identity, holder.language, holder.statusIndex);
    await manager.query(`UPDATE certificates SET credential = $2 WHERE id = $1`, [id, JSON.stringify(credential)]);
  }

  private async signCredential(facts: CertificateFacts, identity: { email: string } | { accountId: string }, language: Language, statusIndex: number) {
    const base = this.config.publicUrl;
    const title = pick(language, facts.titleFr, facts.titleEn);
    return issueOpenBadgeCredential({
      key: await this.issuer.issuerKey(),
      id: this.verificationUrl(facts.code),
      issuer: { name: this.config.issuerName, url: base },
      name: title,
      validFrom: facts.issuedAt,
      validUntil: facts.expiresAt ?? undefined,
      holder: { ...identity, name: facts.holderName },
      achievement: {
        ...(facts.kind === 'programme'
          ? {
              id: `${base}/programmes/${facts.slug}`,
              name: title,
              criteriaNarrative: pick(
                language,
                `Avoir validé chacun des modules du parcours : ${this.moduleList(facts, 'fr')}.`,
                `Completed every module of the programme: ${this.moduleList(facts, 'en')}.`,
              ),
            }
          : {
              id: `${base}/modules/${facts.slug}?version=${facts.version}`,
              name: `${title} (v${facts.version})`,
              criteriaNarrative: pick(
                language,
                'Avoir lu toutes les leçons du module et réussi son évaluation.',
                'Read every lesson of the module and passed its assessment.',
              ),
            }),
        description: pick(language, facts.summaryFr, facts.summaryEn),
        inLanguage: language,
        alignments: (facts.competencies ?? []).map((c) => ({
          targetName: pick(language, c.titleFr, c.titleEn),
          targetUrl: `${base}/competencies#${c.code}`,
          targetCode: c.code,
          targetType: 'ceasn:Competency',
        })),
      },
      status: { statusListCredential: this.issuer.statusListUrl, statusListIndex: statusIndex },
    });
  }

  private moduleList(facts: CertificateFacts, language: Language): string {
    return (facts.programmeModules ?? []).map((m) => pick(language, m.titleFr, m.titleEn)).join(', ');
  }

  async mine(userId: string, language: Language): Promise<MyCertificateDto[]> {
    const rows = (await this.dataSource.query(`${FACTS_SQL} WHERE c.user_id = $1 ORDER BY c.issued_at DESC`, [userId])) as CertificateFacts[];
    return rows.map((facts) => ({
      code: facts.code,
      kind: facts.kind,
      moduleSlug: facts.slug,
      moduleTitle: pick(language, facts.titleFr, facts.titleEn),
      version: facts.version,
      issuedAt: facts.issuedAt.toISOString(),
      expiresAt: facts.expiresAt?.toISOString() ?? null,
      status: this.statusOf(facts),
      revokedReason: facts.revokedReason,
      verificationUrl: this.verificationUrl(facts.code),
    }));
  }

  private async facts(code: string): Promise<CertificateFacts> {
    const normalized = normalizeVerificationCode(code);
    const [facts] = normalized ? ((await this.dataSource.query(`${FACTS_SQL} WHERE c.code = $1`, [normalized])) as CertificateFacts[]) : [];
    if (!facts) throw new NotFoundError('certificates.notFound', { code });
    return facts;
  }

  /** The holder's own certificate, or any for a platform admin; 404 for everyone else. */
  private async ownFacts(user: CurrentUser, code: string): Promise<CertificateFacts> {
    const facts = await this.facts(code);
    if (facts.userId !== user.id && user.platformRole !== 'admin') throw new NotFoundError('certificates.notFound', { code });
    return facts;
  }

  /** The revocation reason is an administrator's note: only administrators read it back. */
  async verify(code: string, language: Language, showReason = false): Promise<CertificateVerificationDto> {
    const facts = await this.facts(code);
    const key = await this.issuer.issuerKey();
    const check = facts.credential ? await verifyOpenBadgeCredential(facts.credential, { resolveUrl: this.issuer.resolveUrl }) : undefined;
    return {
      code: facts.code,
      kind: facts.kind,
      holderName: facts.holderName,
      moduleTitle: pick(language, facts.titleFr, facts.titleEn),
      version: facts.version,
      programmeModules: facts.programmeModules?.map((m) => pick(language, m.titleFr, m.titleEn)) ?? null,
      competencies: (facts.competencies ?? []).map((c) => ({ code: c.code, title: pick(language, c.titleFr, c.titleEn) })),
      issuedAt: facts.issuedAt.toISOString(),
      expiresAt: facts.expiresAt?.toISOString() ?? null,
      issuer: { name: this.config.issuerName, id: key.controller, url: this.config.publicUrl },
      status: this.statusOf(facts),
      revokedAt: facts.revokedAt?.toISOString() ?? null,
      revokedReason: showReason ? facts.revokedReason : null,
      signatureValid: check?.signatureValid === true && check.issuer === key.controller,
    };
  }

  /**
   * Checks a credential file someone dropped on the verification page. Without a valid signature nothing the file
   * says is established: who holds it, what for, since when and who issued it are left out, and only whether it
   * names this platform as its issuer is told, so the page can say that this platform did not sign that content.
   */
  async checkCredential(credential: Record<string, unknown>): Promise<CredentialCheckDto> {
    const check = await verifyOpenBadgeCredential(credential, { resolveUrl: this.issuer.resolveUrl });
    const key = await this.issuer.issuerKey();
    const subject = credential.credentialSubject as { name?: unknown; achievement?: { name?: unknown } } | undefined;
    const established = (value: unknown) => (check.signatureValid && typeof value === 'string' ? value : null);
    return {
      ...check,
      issuer: check.signatureValid ? check.issuer : null,
      issuedByThisPlatform: check.signatureValid && check.issuer === key.controller,
      namesThisPlatform: check.issuer === key.controller,
      holderName: established(subject?.name),
      achievementName: established(subject?.achievement?.name),
      validFrom: established(credential.validFrom),
    };
  }

  async credential(user: CurrentUser, code: string): Promise<{ credential: Record<string, unknown>; fileName: string }> {
    const facts = await this.ownFacts(user, code);
    if (!facts.credential) throw new NotFoundError('certificates.notFound', { code });
    return { credential: facts.credential, fileName: `clef-credential-${facts.code}.json` };
  }

  async pdf(user: CurrentUser, code: string, language: Language): Promise<{ pdf: Buffer; fileName: string }> {
    const facts = await this.ownFacts(user, code);
    // A revoked certificate is not printed again: a fresh PDF would look valid.
    if (facts.revokedAt) throw new AppError(409, 'certificates.revokedNoPdf');
    const pdf = await renderCertificatePdf({
      language,
      holderName: facts.holderName,
      moduleTitle: pick(language, facts.titleFr, facts.titleEn),
      moduleVersion: facts.version ?? undefined,
      programmeModules: facts.programmeModules?.map((m) => pick(language, m.titleFr, m.titleEn)),
      competencies: (facts.competencies ?? []).map((c) => ({ code: c.code, title: pick(language, c.titleFr, c.titleEn) })),
      issuedAt: facts.issuedAt,
      expiresAt: facts.expiresAt,
      issuerName: this.config.issuerName,
      verificationCode: facts.code,
      verificationUrl: this.verificationUrl(facts.code),
    });
    return { pdf, fileName: `clef-${facts.slug}-${facts.code}-${language}.pdf` };
  }

  async revoke(code: string, reason: string): Promise<void> {
    const facts = await this.facts(code);
    const [rows] = await this.dataSource.query(
      `UPDATE certificates SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [facts.id, reason],
    );
    if (!rows.length) throw new AppError(409, 'certificates.alreadyRevoked');
  }
}

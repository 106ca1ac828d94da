import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Module } from '../catalogue/entities/module.entity.js';
import { ModulePublisher } from '../catalogue/module-publisher.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { refuseUnsafeText } from '../common/validation/safe-input.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { translate } from '../common/i18n/translate.js';
import type { DraftDefinition } from '../content/content.schema.js';
import type { ModuleDefinition } from '../content/content.types.js';
import { diffDefinitions } from './version-diff.js';
import { AuthoringAccess } from './authoring-access.js';
import { LessonImagesService } from './images/lesson-images.service.js';
import { asDraft, parseDraft, publishAdvice, publishProblems, toModuleDefinition, type ModuleKind } from './draft-rules.js';
import type { AuthoredModuleDetailDto, AuthoredModuleDto, CreateModuleDto, DraftDto, PublishCheckDto, PublishedDto, VersionDiffDto, ImportQueryDto, ImportIntoDraftQueryDto, ImportPreviewDto, ImportResultDto, ImportZipQueryDto } from './dto/authoring.dto.js';
import { describeImport, poolOverflow } from './import/import-preview.js';
import { refuseTooManyQuestions } from './import/import-limits.js';
import { runImportTask, stopIdleImportWorkers } from './import/import-workers.js';
import type { ImportOutcome } from './import/question-import.js';
import type { ModuleDefinitionDto } from './dto/definition.dto.js';
import { ModuleDraft } from './module-draft.entity.js';
import { versionDefinition } from './version-definition.js';
import { zipModule, type readModuleZip } from './module-zip.js';

const NEW_MODULE_DEFAULTS = { minutes: 30, passMark: 80, attempts: 0, draw: 10 };

@Injectable()
export class AuthoringService implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AuthoringAccess,
    private readonly publisher: ModulePublisher,
    private readonly images: LessonImagesService,
  ) {}

  onModuleDestroy(): Promise<void> {
    return stopIdleImportWorkers();
  }

  async list(user: CurrentUser, language: Language): Promise<AuthoredModuleDto[]> {
    const admin = user.platformRole === 'admin';
    const rows = await this.dataSource.query(
      `${this.moduleSelect(language)} WHERE $1::boolean OR m.organisation_id = ANY($2::uuid[]) ORDER BY title, m.slug`,
      [admin, admin ? [] : await this.access.authorOrganisations(user)],
    );
    return rows.map(toModuleDto);
  }

  async detail(user: CurrentUser, slug: string, language: Language): Promise<AuthoredModuleDetailDto> {
    const module = await this.access.editableModule(user, slug);
    const [row] = await this.dataSource.query(`${this.moduleSelect(language)} WHERE m.id = $1`, [module.id]);
    const versions = await this.dataSource.query(
      `SELECT v.number, v.${language === 'fr' ? 'title_fr' : 'title_en'} AS title, v.published_at AS "publishedAt",
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "publishedBy",
              (SELECT count(*)::int FROM enrolments e WHERE e.module_version_id = v.id) AS enrolments
         FROM module_versions v LEFT JOIN users u ON u.id = v.published_by
        WHERE v.module_id = $1 ORDER BY v.number DESC`,
      [module.id],
    );
    return { ...toModuleDto(row), versions: versions.map((v: { publishedAt: Date | null }) => ({ ...v, publishedAt: v.publishedAt && new Date(v.publishedAt).toISOString() })) };
  }

  /** A new module, unpublished, whose draft is `initial` (an empty module by default). */
  async create(user: CurrentUser, dto: CreateModuleDto, initial?: DraftDefinition): Promise<DraftDto> {
    if (dto.organisationId === undefined && user.platformRole !== 'admin') throw new AppError(400, 'authoring.organisationRequired');
    if (dto.organisationId !== undefined && user.platformRole !== 'admin' && !(await this.access.authorOrganisations(user)).includes(dto.organisationId)) {
      throw new AppError(404, 'organisations.notFound');
    }
    const definition: DraftDefinition = initial ?? {
      slug: dto.slug,
      audience: dto.audience,
      minutes: NEW_MODULE_DEFAULTS.minutes,
      competencies: [],
      title: dto.title,
      summary: dto.summary ?? { fr: '', en: '' },
      lessons: [],
      assessment: { passMark: NEW_MODULE_DEFAULTS.passMark, attempts: NEW_MODULE_DEFAULTS.attempts, draw: NEW_MODULE_DEFAULTS.draw, questions: [] },
    };
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.query(`INSERT INTO modules (slug, audience, origin, organisation_id) VALUES ($1, $2, 'authored', $3) ON CONFLICT (slug) DO NOTHING RETURNING id`, [
        dto.slug,
        dto.audience,
        dto.organisationId ?? null,
      ]);
      if (taken.length === 0) throw new AppError(409, 'authoring.slugTaken', { slug: dto.slug });
      await insertDraft(manager, taken[0].id, definition, null, user.id);
      return this.draftDto(manager, dto.slug, taken[0].id);
    });
  }

  async draft(user: CurrentUser, slug: string): Promise<DraftDto> {
    const module = await this.access.editableModule(user, slug);
    return this.draftDto(this.dataSource.manager, slug, module.id);
  }

  /** Starts a draft from the current version (one draft per module). */
  async startDraft(user: CurrentUser, slug: string): Promise<DraftDto> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.access.editableModule(user, slug, manager, true);
      if (await manager.exists(ModuleDraft, { where: { moduleId: module.id } })) throw new AppError(409, 'authoring.draftExists', { slug });
      const [current] = module.currentVersionId ? await manager.query(`SELECT number FROM module_versions WHERE id = $1`, [module.currentVersionId]) : [];
      const definition = module.currentVersionId ? await versionDefinition(manager, slug, module.currentVersionId) : undefined;
      if (!definition) throw new AppError(404, 'authoring.noDraft', { slug });
      await insertDraft(manager, module.id, asDraft(definition), current.number, user.id);
      return this.draftDto(manager, slug, module.id);
    });
  }

  async saveDraft(user: CurrentUser, slug: string, body: unknown, language: Language): Promise<DraftDto> {
    const { revision, definition } = (body ?? {}) as { revision?: unknown; definition?: unknown };
    if (!Number.isInteger(revision)) throw new AppError(400, 'error.validation', {}, [{ field: 'revision', rule: 'isInt' }]);
    const parsed = parseDraft(definition, slug, language);
    return this.changeDraft(user, slug, revision as number, language, () => parsed);
  }

  /** Applies a change to the draft if `revision` is still current: the optimistic lock every draft change goes through. */
  async changeDraft(user: CurrentUser, slug: string, revision: number, language: Language, change: (current: DraftDefinition) => DraftDefinition): Promise<DraftDto> {
    return this.dataSource.transaction(async (manager) => {
      const { module, draft } = await this.lockedDraft(manager, user, slug, revision, language);
      const definition = refuseUnsafeText(change(draft.definition));
      await manager.query(`UPDATE module_drafts SET definition = $2, revision = revision + 1, updated_by = $3, updated_at = now() WHERE module_id = $1`, [module.id, definition, user.id]);
      return this.draftDto(manager, slug, module.id);
    });
  }

  async discardDraft(user: CurrentUser, slug: string, revision: number, language: Language): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { module } = await this.lockedDraft(manager, user, slug, revision, language);
      await manager.delete(ModuleDraft, { moduleId: module.id });
      // A module never published is nothing but its draft: discarding it frees its address. The condition is checked
      // here, in the same statement, in case a publish committed since the module was read.
      await manager.query(`DELETE FROM modules WHERE id = $1 AND current_version_id IS NULL`, [module.id]);
    });
  }

  async check(user: CurrentUser, slug: string, language: Language): Promise<PublishCheckDto> {
    const module = await this.access.editableModule(user, slug);
    const draft = await this.dataSource.manager.findOne(ModuleDraft, { where: { moduleId: module.id } });
    if (!draft) throw new AppError(404, 'authoring.noDraft', { slug });
    const kind = { bundled: module.origin === 'content' };
    const problems = publishProblems(draft.definition, slug, await this.knownCompetencies(this.dataSource.manager), language, kind, await this.images.hashesOf(this.dataSource.manager, module.id));
    return {
      publishable: problems.length === 0,
      problems: problems.map((p) => ({ field: p.field, rule: p.rule, message: translate(language, p.messageKey!, p.params) })),
      advice: publishAdvice(draft.definition, slug, language, kind),
    };
  }

  /** The draft becomes version N+1 (through the same publisher as content/), or 422 with everything missing. */
  async publish(user: CurrentUser, slug: string, revision: number, language: Language): Promise<PublishedDto> {
    return this.dataSource.transaction(async (manager) => {
      const { module, draft } = await this.lockedDraft(manager, user, slug, revision, language);
      const uploaded = await this.images.hashesOf(manager, module.id);
      const problems = publishProblems(draft.definition, slug, await this.knownCompetencies(manager), language, { bundled: module.origin === 'content' }, uploaded);
      if (problems.length > 0) throw new AppError(422, 'authoring.publishRefused', { count: problems.length }, problems);
      const outcome = await this.publisher.publish(toModuleDefinition(draft.definition, slug), 'authored', manager, user.id);
      await manager.delete(ModuleDraft, { moduleId: module.id });
      const [current] = await manager.query(`SELECT v.number FROM modules m JOIN module_versions v ON v.id = m.current_version_id WHERE m.id = $1`, [module.id]);
      return { slug, version: current.number, created: outcome !== 'unchanged' };
    });
  }

  async setArchived(user: CurrentUser, slug: string, archived: boolean): Promise<void> {
    const module = await this.access.editableModule(user, slug);
    if (archived && module.archivedAt) throw new AppError(409, 'authoring.alreadyArchived');
    if (!archived && !module.archivedAt) throw new AppError(409, 'authoring.notArchived');
    await this.dataSource.manager.update(Module, { id: module.id }, { archivedAt: archived ? new Date() : null });
  }

  /** What changed between two versions; `to` may be "draft" (the current draft). */
  async diff(user: CurrentUser, slug: string, from: string, to: string): Promise<VersionDiffDto> {
    const module = await this.access.editableModule(user, slug);
    const manager = this.dataSource.manager;
    const before = await this.definitionOf(manager, module, from);
    const after = await this.definitionOf(manager, module, to);
    return { from, to, ...diffDefinitions(before, after) };
  }

  /** Version `number` (or "draft") of a module as a definition. */
  async definitionOf(manager: EntityManager, module: Module, number: string): Promise<ModuleDefinition> {
    if (number === 'draft') {
      const draft = await manager.findOne(ModuleDraft, { where: { moduleId: module.id } });
      if (!draft) throw new AppError(404, 'authoring.noDraft', { slug: module.slug });
      return toModuleDefinition(draft.definition, module.slug);
    }
    const [version] = /^\d{1,9}$/.test(number) ? await manager.query(`SELECT id FROM module_versions WHERE module_id = $1 AND number = $2`, [module.id, Number(number)]) : [];
    if (!version) throw new AppError(404, 'authoring.versionNotFound', { slug: module.slug, number });
    return versionDefinition(manager, module.slug, version.id);
  }

  /** What importing this file would add to the draft, question by question; nothing is saved. */
  async previewImport(user: CurrentUser, slug: string, query: ImportQueryDto, source: string, language: Language): Promise<ImportPreviewDto> {
    const draft = await this.currentDraft(user, slug);
    return describeImport(await this.planImport(draft.definition, query, source), language, draft.definition.assessment.questions.length);
  }

  /**
   * Adds every importable question to the draft pool in one save (the draft's revision guards it). The file is read
   * before the transaction, against the draft of that revision, so no connection waits on the parsing.
   */
  async importQuestions(user: CurrentUser, slug: string, query: ImportIntoDraftQueryDto, source: string, language: Language): Promise<ImportResultDto> {
    const before = await this.currentDraft(user, slug);
    // Another revision is refused by changeDraft below: no need to read the file for it.
    const plan = before.revision === query.revision ? await this.planImport(before.definition, query, source) : [];
    let preview: ImportPreviewDto | undefined;
    const draft = await this.changeDraft(user, slug, query.revision, language, (current) => {
      preview = describeImport(plan, language, current.assessment.questions.length);
      if (preview.ready === 0) throw new AppError(400, 'authoring.emptyImport');
      const added = plan.flatMap((outcome) => (outcome.question ? [outcome.question] : []));
      const overflow = poolOverflow(current.assessment.questions.length, added.length);
      if (overflow) throw new AppError(400, overflow.key, overflow.params);
      return { ...current, assessment: { ...current.assessment, questions: [...current.assessment.questions, ...added] } };
    });
    return { ...preview!, draft };
  }

  private async currentDraft(user: CurrentUser, slug: string): Promise<ModuleDraft> {
    const module = await this.access.editableModule(user, slug);
    const draft = await this.dataSource.manager.findOne(ModuleDraft, { where: { moduleId: module.id } });
    if (!draft) throw new AppError(404, 'authoring.noDraft', { slug });
    return draft;
  }

  /** Refuses a file with too many questions at a glance, then reads it in a worker thread (see import-workers.ts). */
  private planImport(draft: DraftDefinition, query: ImportQueryDto, source: string): Promise<ImportOutcome[]> {
    if (source.trim() === '') throw new AppError(400, 'authoring.emptyImport');
    refuseTooManyQuestions(query.format, source);
    const existingIds = draft.assessment.questions.map((q) => q.id);
    return runImportTask({ kind: 'questions', format: query.format, source, language: query.language, existingIds, competency: draft.competencies[0] ?? '' });
  }

  /** The current version (or the draft) as a zip in the content/ layout. */
  async exportZip(user: CurrentUser, slug: string, fromDraft: boolean): Promise<{ zip: Buffer; fileName: string }> {
    const module = await this.access.editableModule(user, slug);
    const manager = this.dataSource.manager;
    let definition: ModuleDefinition;
    if (fromDraft) definition = await this.definitionOf(manager, module, 'draft');
    else if (module.currentVersionId) definition = await versionDefinition(manager, slug, module.currentVersionId);
    else throw new AppError(404, 'authoring.versionNotFound', { slug, number: 1 });
    return { zip: zipModule(definition, await this.images.forZip(module.id, definition)), fileName: `${slug}${fromDraft ? '-draft' : ''}.zip` };
  }

  /** A new module from a zip: its draft holds the zip's module, checked by the content/ reader and rules. */
  async importZipAsModule(user: CurrentUser, query: ImportZipQueryDto, bytes: Buffer, language: Language): Promise<DraftDto> {
    const { definition, images } = await this.definitionFromZip(bytes, query.slug, language, { bundled: false });
    const { slug, organisationId } = query;
    const draft = await this.create(user, { slug, organisationId, audience: definition.audience, title: definition.title, summary: definition.summary }, asDraft(definition));
    await this.images.storeZipped((await this.access.editableModule(user, slug)).id, images, user.id);
    return draft;
  }

  /** Replaces a module's draft with the module in a zip. */
  async importZipIntoDraft(user: CurrentUser, slug: string, revision: number, bytes: Buffer, language: Language): Promise<DraftDto> {
    const module = await this.access.editableModule(user, slug);
    const { definition, images } = await this.definitionFromZip(bytes, slug, language, { bundled: module.origin === 'content' });
    await this.images.storeZipped(module.id, images, user.id);
    return this.changeDraft(user, slug, revision, language, () => asDraft(definition));
  }

  private async definitionFromZip(bytes: Buffer, slug: string, language: Language, kind: ModuleKind): Promise<{ definition: ModuleDefinition; images: ReturnType<typeof readModuleZip>['images'] }> {
    const { definition, problems, images } = await runImportTask<ReturnType<typeof readModuleZip>>({ kind: 'zip', bytes, slug });
    if (!definition) {
      const fields = problems.map((p) => ({
        field: [p.file + (p.line ? `:${p.line}` : ''), p.field].filter(Boolean).join(' '),
        rule: 'content',
        messageKey: 'content.invalidValue' as const,
        params: { detail: p.message },
      }));
      throw new AppError(400, 'authoring.zipProblems', {}, fields);
    }
    refuseUnsafeText(definition);
    const problemsOfRules = publishProblems(definition as DraftDefinition, slug, await this.knownCompetencies(this.dataSource.manager), language, kind);
    if (problemsOfRules.length > 0) throw new AppError(422, 'authoring.zipProblems', {}, problemsOfRules);
    return { definition, images };
  }

  async knownCompetencies(manager: EntityManager): Promise<Set<string>> {
    const rows: { code: string }[] = await manager.query(`SELECT code FROM competencies`);
    return new Set(rows.map((row) => row.code));
  }

  private async lockedDraft(manager: EntityManager, user: CurrentUser, slug: string, revision: number, language: Language) {
    const module = await this.access.editableModule(user, slug, manager);
    const draft = await manager.findOne(ModuleDraft, { where: { moduleId: module.id }, lock: { mode: 'pessimistic_write' } });
    if (!draft) throw new AppError(404, 'authoring.noDraft', { slug });
    if (draft.revision !== revision) {
      const current = await this.draftDto(manager, slug, module.id);
      throw new AppError(409, 'authoring.staleRevision', { revision: draft.revision, by: current.updatedBy?.displayName ?? translate(language, 'authoring.someone') }, undefined, { current });
    }
    return { module, draft };
  }

  private async draftDto(manager: EntityManager, slug: string, moduleId: string): Promise<DraftDto> {
    const [row] = await manager.query(
      `SELECT d.definition, d.revision, d.based_on_version AS "basedOnVersion", d.updated_at AS "updatedAt",
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "updatedBy"
         FROM module_drafts d LEFT JOIN users u ON u.id = d.updated_by WHERE d.module_id = $1`,
      [moduleId],
    );
    if (!row) throw new AppError(404, 'authoring.noDraft', { slug });
    return { slug, ...row, updatedAt: new Date(row.updatedAt).toISOString(), definition: row.definition as ModuleDefinitionDto };
  }

  private moduleSelect(language: Language) {
    const suffix = language === 'fr' ? 'fr' : 'en';
    return `SELECT m.slug, m.origin, m.organisation_id AS "organisationId", m.audience, m.archived_at AS "archivedAt",
                   COALESCE(NULLIF(d.definition->'title'->>'${suffix}', ''), v.title_${suffix}, d.definition->'title'->>'${suffix === 'fr' ? 'en' : 'fr'}', m.slug) AS title,
                   v.number AS "currentVersion",
                   CASE WHEN d.module_id IS NULL THEN NULL
                        ELSE json_build_object('revision', d.revision, 'updatedAt', d.updated_at,
                               'updatedBy', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END) END AS draft
              FROM modules m
              LEFT JOIN module_versions v ON v.id = m.current_version_id
              LEFT JOIN module_drafts d ON d.module_id = m.id
              LEFT JOIN users u ON u.id = d.updated_by`;
  }
}

const insertDraft = (manager: EntityManager, moduleId: string, definition: DraftDefinition, basedOnVersion: number | null, userId: string) =>
  manager.query(`INSERT INTO module_drafts (module_id, definition, revision, based_on_version, updated_by) VALUES ($1, $2, 1, $3, $4)`, [moduleId, definition, basedOnVersion, userId]);

const toModuleDto = (row: AuthoredModuleDto & { archivedAt: Date | string | null }): AuthoredModuleDto => ({
  ...row,
  archivedAt: row.archivedAt && new Date(row.archivedAt).toISOString(),
});

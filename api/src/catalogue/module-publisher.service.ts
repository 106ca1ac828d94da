import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { normalizeText } from '../common/text/normalize.js';
import { stableHash } from '../common/text/stable-hash.js';
import type { ModuleDefinition } from '../content/content.types.js';
import { Lesson } from './entities/lesson.entity.js';
import { ModuleVersionCompetency } from './entities/module-version-competency.entity.js';
import { ModuleVersion } from './entities/module-version.entity.js';
import { Module, type ModuleOrigin } from './entities/module.entity.js';
import { Question, type QuestionSpec } from './entities/question.entity.js';

/** `kept`: a content/ load met a module whose current version was published from the authoring space, and left it. */
export type PublishOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

export const definitionHash = (definition: ModuleDefinition) => stableHash(definition);

/**
 * Publishes a module definition as a new frozen version, unless the current version already has
 * exactly this content. Earlier versions, and everything learners did on them, stay untouched.
 */
@Injectable()
export class ModulePublisher {
  async publish(definition: ModuleDefinition, origin: ModuleOrigin, manager: EntityManager, publishedBy: string | null = null): Promise<PublishOutcome> {
    const hash = definitionHash(definition);
    let module = await manager.findOne(Module, { where: { slug: definition.slug }, relations: { currentVersion: true } });
    if (module?.currentVersion?.contentHash === hash) return 'unchanged';
    // content/ differs from any version authored in the browser: publishing it would silently discard that work.
    if (origin === 'content' && (module?.origin === 'authored' || module?.currentVersion?.publishedBy)) return 'kept';
    const outcome: PublishOutcome = module ? 'updated' : 'created';
    module ??= await manager.save(Module, manager.create(Module, { slug: definition.slug, audience: definition.audience, origin }));

    const { max } = await manager
      .createQueryBuilder(ModuleVersion, 'v')
      .select('COALESCE(MAX(v.number), 0)', 'max')
      .where('v.moduleId = :id', { id: module.id })
      .getRawOne<{ max: number }>()
      .then((row) => row ?? { max: 0 });

    const { assessment } = definition;
    const version = await manager.save(
      ModuleVersion,
      manager.create(ModuleVersion, {
        moduleId: module.id,
        number: Number(max) + 1,
        status: 'published',
        titleFr: definition.title.fr,
        titleEn: definition.title.en,
        summaryFr: definition.summary.fr,
        summaryEn: definition.summary.en,
        searchFr: normalizeText(`${definition.title.fr} ${definition.summary.fr}`),
        searchEn: normalizeText(`${definition.title.en} ${definition.summary.en}`),
        minutes: definition.minutes,
        validityMonths: definition.validityMonths ?? null,
        passMark: assessment.passMark,
        attemptsAllowed: assessment.attempts,
        drawCount: assessment.draw,
        contentHash: hash,
        publishedAt: new Date(),
        publishedBy,
      }),
    );
    await manager.insert(
      ModuleVersionCompetency,
      definition.competencies.map((competencyCode, position) => ({ moduleVersionId: version.id, competencyCode, position })),
    );
    await manager.insert(
      Lesson,
      definition.lessons.map((lesson) => ({
        moduleVersionId: version.id,
        position: lesson.position,
        key: lesson.key,
        titleFr: lesson.title.fr,
        titleEn: lesson.title.en,
        bodyFr: lesson.body.fr,
        bodyEn: lesson.body.en,
      })),
    );
    await manager.insert(
      Question,
      assessment.questions.map(({ id, type, competency, points, prompt, feedback, lesson, ...spec }, position) => ({
        moduleVersionId: version.id,
        key: id,
        position,
        type,
        competencyCode: competency,
        points,
        prompt,
        feedback,
        lessonKey: lesson ?? null,
        spec: spec as QuestionSpec,
      })),
    );
    await manager.update(Module, { id: module.id }, { currentVersionId: version.id, audience: definition.audience });
    return outcome;
  }
}

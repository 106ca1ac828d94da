import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ModulePublisher, type PublishOutcome } from '../catalogue/module-publisher.service.js';
import { CompetenciesService } from '../competencies/competencies.service.js';
import { NationalSettingsService } from '../countries/national-settings.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { readContent } from './content-reader.js';
import type { ContentProblem } from './content.types.js';

export class ContentLoadError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content could not be loaded; nothing was changed:\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentLoadError';
  }
}

export type LoadSummary = Record<PublishOutcome, string[]> & { competenciesChanged: number };

// Any constant shared by every instance: two instances starting together load one after the other.
const CONTENT_LOAD_LOCK = 7_203_114;

@Injectable()
export class ContentLoaderService {
  private readonly logger = new Logger('Content');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competencies: CompetenciesService,
    private readonly publisher: ModulePublisher,
    private readonly programmes: ProgrammesService,
    private readonly nationalSettings: NationalSettingsService,
  ) {}

  /** Loads content/ in one transaction: all of it, or (on any problem) nothing. */
  async load(contentDir: string): Promise<LoadSummary> {
    const { bundle, problems } = readContent(contentDir);
    if (problems.length > 0) throw new ContentLoadError(problems);
    const summary = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CONTENT_LOAD_LOCK]);
      const result: LoadSummary = { created: [], updated: [], unchanged: [], kept: [], competenciesChanged: 0 };
      result.competenciesChanged = await this.competencies.syncDefinitions(bundle.competencies, manager);
      for (const module of bundle.modules) {
        result[await this.publisher.publish(module, 'content', manager)].push(module.slug);
      }
      await this.programmes.syncDefinitions(bundle.programmes, manager);
      await this.nationalSettings.syncDefinitions(bundle.countries, manager);
      return result;
    });
    this.logger.log(
      `Content loaded: ${summary.created.length} new, ${summary.updated.length} new versions, ${summary.unchanged.length} unchanged modules` +
        (summary.competenciesChanged ? `; ${summary.competenciesChanged} competencies written` : ''),
    );
    if (summary.kept.length > 0) {
      this.logger.warn(`Kept the versions published from the authoring space of ${summary.kept.join(', ')}: content/ differs from them and was not loaded for these modules`);
    }
    return summary;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '../common/i18n/language.js';
import { AppConfig } from '../config/config.js';
import type { ClassCodeDto } from './dto/class-code.dto.js';
import { renderClassCodeSheet } from './pdf/class-code-sheet-pdf.js';
import { type LoginCard, renderLoginCards } from './pdf/login-cards-pdf.js';

/** The printed sheets of a children's group, in French or English. */
@Injectable()
export class ChildGroupPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private async groupName(cohortId: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT name FROM cohorts WHERE id = $1`, [cohortId]);
    return row.name;
  }

  async classCodeSheet(cohortId: string, code: ClassCodeDto, language: Language) {
    const pdf = await renderClassCodeSheet({ language, groupName: await this.groupName(cohortId), code: code.code, expiresAt: code.expiresAt, appUrl: this.config.publicUrl });
    return { pdf, fileName: `clef-class-code-${code.code}-${language}.pdf` };
  }

  async loginCards(cohortId: string, cards: LoginCard[], language: Language) {
    const pdf = await renderLoginCards(language, await this.groupName(cohortId), this.config.publicUrl, cards);
    return { pdf, fileName: `clef-login-cards-${language}.pdf` };
  }
}

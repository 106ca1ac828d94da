import PDFDocument from 'pdfkit';
import type { Language } from '../../common/i18n/language.js';
import { endPdfToBuffer } from '../../common/pdf/pdf-buffer.js';
import { PdfFont, registerPdfFonts } from '../../common/pdf/pdf-fonts.js';
import type { CohortDashboardDto, GroupFiguresDto } from '../dto/dashboard.dto.js';
import { reportLabel } from './report-labels.js';

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#1b1f24';
const ACCENT = '#1d4e89';
const MUTED = '#4a5360';

export interface CohortReportData {
  language: Language;
  organisationName: string;
  dashboard: CohortDashboardDto;
  startsOn: string | null;
  endsOn: string | null;
  generatedAt: Date;
}

const date = (value: Date | string, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/** The cohort's figures on A4 pages in one language: totals, competency profile as bars, breakdowns. */
export function renderCohortReport(data: CohortReportData): Promise<Buffer> {
  const { language, dashboard } = data;
  const l = (key: string, params?: Record<string, string>) => reportLabel(language, key, params);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang: language, info: { Title: `${l('title')} — ${dashboard.name}`, Author: data.organisationName, Creator: 'Clef' } });
  registerPdfFonts(doc);

  const heading = (text: string) => {
    if (doc.y > 740) doc.addPage();
    doc.moveDown(0.8).font(PdfFont.bold).fontSize(13).fillColor(ACCENT).text(text, MARGIN, doc.y, { width: WIDTH }).moveDown(0.3);
  };
  const line = (label: string, value: string) => {
    const y = doc.y;
    doc.font(PdfFont.regular).fontSize(10.5).fillColor(INK).text(label, MARGIN, y, { width: WIDTH * 0.7 });
    doc.font(PdfFont.bold).text(value, MARGIN + WIDTH * 0.7, y, { width: WIDTH * 0.3, align: 'right' });
    doc.moveDown(0.2);
  };

  doc.font(PdfFont.regular).fontSize(10).fillColor(MUTED).text(data.organisationName, { width: WIDTH });
  doc.font(PdfFont.bold).fontSize(20).fillColor(ACCENT).text(`${l('title')} — ${dashboard.name}`, { width: WIDTH });
  doc.font(PdfFont.regular).fontSize(10).fillColor(MUTED);
  if (data.startsOn && data.endsOn) doc.text(l('period', { from: date(data.startsOn, language), to: date(data.endsOn, language) }));
  doc.text(l('generated', { date: date(data.generatedAt, language) }));

  heading(l('modules'));
  doc.font(PdfFont.regular).fontSize(10.5).fillColor(INK);
  dashboard.modules.forEach((module, index) => doc.text(`${index + 1}. ${module.title}`, { width: WIDTH }));

  heading(l('totals'));
  const { totals } = dashboard;
  line(l('members'), String(totals.members));
  line(l('enrolled'), String(totals.enrolled));
  line(l('started'), String(totals.started));
  line(l('completed'), String(totals.completed));
  line(l('certified'), String(totals.certified));
  line(l('rate'), `${totals.certificationRate}${language === 'fr' ? '\u202f' : ''}%`);

  heading(l('competencies'));
  for (const competency of dashboard.competencies) {
    if (doc.y > 770) doc.addPage();
    const y = doc.y;
    doc.font(PdfFont.regular).fontSize(9.5).fillColor(INK).text(`${competency.code} ${competency.title}`, MARGIN, y, { width: WIDTH * 0.5 });
    const barX = MARGIN + WIDTH * 0.52;
    const barWidth = WIDTH * 0.24;
    doc.rect(barX, y + 2, barWidth, 9).lineWidth(0.5).strokeColor('#9aa3ad').stroke();
    if (competency.share !== null) doc.rect(barX, y + 2, (barWidth * competency.share) / 100, 9).fillColor(ACCENT).fill();
    const value = competency.share === null ? l('noAnswers') : `${competency.share}${language === 'fr' ? '\u202f' : ''}%`;
    doc.font(PdfFont.regular).fontSize(9.5).fillColor(INK).text(value, barX + barWidth + 6, y, { width: WIDTH * 0.24 - 6 });
    doc.y = Math.max(doc.y, y + 14);
    doc.moveDown(0.25);
  }

  const columns = [0.46, 0.18, 0.18, 0.18].map((share) => share * WIDTH);
  const tableRow = (cells: string[], bold: boolean) => {
    if (doc.y > 770) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    let bottom = y;
    cells.forEach((cell, index) => {
      doc.font(bold ? PdfFont.bold : PdfFont.regular).fontSize(9.5).fillColor(INK).text(cell, x, y, { width: columns[index] - 6, align: index === 0 ? 'left' : 'right' });
      bottom = Math.max(bottom, doc.y);
      x += columns[index];
    });
    doc.y = bottom + 3;
  };
  const groups = (title: string, rows: GroupFiguresDto[]) => {
    heading(title);
    tableRow([l('group'), l('members'), l('completedShort'), l('certifiedShort')], true);
    for (const row of rows) tableRow([l(row.group), String(row.members), String(row.completed), String(row.certified)], false);
  };
  groups(l('bySector'), dashboard.bySector);
  groups(l('byGender'), dashboard.byGender);
  doc.moveDown(0.6).font(PdfFont.regular).fontSize(9).fillColor(MUTED).text(l('privacy'), MARGIN, doc.y, { width: WIDTH });
  return endPdfToBuffer(doc);
}

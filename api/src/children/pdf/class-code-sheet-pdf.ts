import PDFDocument from 'pdfkit';
import type { Language } from '../../common/i18n/language.js';
import { endPdfToBuffer } from '../../common/pdf/pdf-buffer.js';
import { PdfFont, registerPdfFonts } from '../../common/pdf/pdf-fonts.js';
import { childrenPdfLabel } from './children-pdf-labels.js';

const MARGIN = 60;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#1b1f24';
const ACCENT = '#1d4e89';

export interface ClassCodeSheet {
  language: Language;
  groupName: string;
  code: string;
  expiresAt: string;
  appUrl: string;
}

const day = (value: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/** One A4 page to print and pin up: the code in big letters, its expiry and four simple steps. */
export function renderClassCodeSheet(sheet: ClassCodeSheet): Promise<Buffer> {
  const l = (key: Parameters<typeof childrenPdfLabel>[1], params?: Record<string, string>) => childrenPdfLabel(sheet.language, key, params);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang: sheet.language, info: { Title: `${l('sheetTitle')} — ${sheet.groupName}`, Creator: 'Clef' } });
  registerPdfFonts(doc);
  doc.font(PdfFont.bold).fontSize(26).fillColor(ACCENT).text(l('sheetTitle'), { width: WIDTH, align: 'center' });
  doc.moveDown(0.3).font(PdfFont.regular).fontSize(16).fillColor(INK).text(sheet.groupName, { width: WIDTH, align: 'center' });
  doc.moveDown(1.2).fontSize(14).text(l('sheetCodeLabel'), { width: WIDTH, align: 'center' });
  doc.font(PdfFont.bold).fontSize(64).fillColor(ACCENT).text(sheet.code, { width: WIDTH, align: 'center', characterSpacing: 6 });
  doc.font(PdfFont.regular).fontSize(13).fillColor(INK).text(l('sheetExpires', { date: day(sheet.expiresAt, sheet.language) }), { width: WIDTH, align: 'center' });
  doc.moveDown(1.5).font(PdfFont.bold).fontSize(18).fillColor(ACCENT).text(l('sheetStepsTitle'), { width: WIDTH });
  doc.moveDown(0.4).font(PdfFont.regular).fontSize(15).fillColor(INK);
  (['step1', 'step2', 'step3', 'step4'] as const).forEach((step, index) => {
    doc.text(`${index + 1}.  ${l(step, { url: sheet.appUrl })}`, { width: WIDTH }).moveDown(0.5);
  });
  doc.moveDown(1.5).fontSize(10).fillColor('#4a5360').text(l('sheetAdults'), { width: WIDTH });
  return endPdfToBuffer(doc);
}

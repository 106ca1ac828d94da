import PDFDocument from 'pdfkit';
import type { Language } from '../../common/i18n/language.js';
import { endPdfToBuffer } from '../../common/pdf/pdf-buffer.js';
import { PdfFont, registerPdfFonts } from '../../common/pdf/pdf-fonts.js';
import { childrenPdfLabel } from './children-pdf-labels.js';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 36;
const COLUMNS = 2;
const ROWS = 4;
const GAP = 14;
const CARD = { width: (PAGE.width - 2 * MARGIN - GAP) / COLUMNS, height: (PAGE.height - 2 * MARGIN - (ROWS - 1) * GAP) / ROWS };
const INK = '#1b1f24';
const ACCENT = '#1d4e89';

export interface LoginCard {
  displayName: string;
  username: string;
  pin: string;
}

/** Eight cards an A4 page, with cutting lines: the app address, the child's username and PIN. */
export function renderLoginCards(language: Language, groupName: string, appUrl: string, cards: LoginCard[]): Promise<Buffer> {
  const l = (key: Parameters<typeof childrenPdfLabel>[1]) => childrenPdfLabel(language, key);
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, lang: language, info: { Title: `${l('cardsTitle')} — ${groupName}`, Creator: 'Clef' } });
  registerPdfFonts(doc);
  cards.forEach((card, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = MARGIN + (slot % COLUMNS) * (CARD.width + GAP);
    const y = MARGIN + Math.floor(slot / COLUMNS) * (CARD.height + GAP);
    const inner = CARD.width - 28;
    doc.save().dash(4, { space: 3 }).lineWidth(0.8).strokeColor('#8a93a0').roundedRect(x, y, CARD.width, CARD.height, 8).stroke().restore();
    doc.font(PdfFont.bold).fontSize(16).fillColor(ACCENT).text(card.displayName, x + 14, y + 14, { width: inner, height: 22, ellipsis: true });
    doc.font(PdfFont.regular).fontSize(9).fillColor(INK).text(`${l('cardApp')} ${appUrl}`, x + 14, y + 42, { width: inner });
    doc.fontSize(10).text(l('cardUsername'), x + 14, y + 66, { width: inner });
    doc.font(PdfFont.bold).fontSize(18).text(card.username, x + 14, y + 79, { width: inner });
    doc.font(PdfFont.regular).fontSize(10).text(l('cardPin'), x + 14, y + 108, { width: inner });
    doc.font(PdfFont.bold).fontSize(22).text(card.pin.split('').join(' '), x + 14, y + 121, { width: inner, characterSpacing: 2 });
    doc.font(PdfFont.regular).fontSize(8.5).fillColor('#4a5360').text(l('cardKeep'), x + 14, y + CARD.height - 30, { width: inner });
  });
  return endPdfToBuffer(doc);
}

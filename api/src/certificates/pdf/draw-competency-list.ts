import { certificateColors as colors, certificateLayout as layout } from './certificate-layout.js';
import { PdfFont } from '../../common/pdf/pdf-fonts.js';
import { measureText, writeText, type PdfTextStyle } from '../../common/pdf/pdf-text.js';

export interface CompetencyListArea {
  top: number;
  bottom: number;
  heading: string;
  /** The closing line when `count` competencies do not fit. */
  more: (count: number) => string;
}

const sizes = [11, 10.5, 10, 9.5, 9, 8.5, 8];

/**
 * Code and title of each competency, under a heading, within [top, bottom]: the type shrinks to fit, and
 * if even the smallest size cannot hold them all, the last ones are summed up in one line.
 */
export function drawCompetencyList(
  doc: PDFKit.PDFDocument,
  competencies: { code: string; title: string }[],
  area: CompetencyListArea,
): void {
  const x = layout.contentLeft;
  const width = layout.contentWidth;
  const headingStyle: PdfTextStyle = { font: PdfFont.bold, size: 10, color: colors.accent, align: 'left' };
  const headingHeight = measureText(doc, area.heading, width, headingStyle) + 11;
  const available = area.bottom - area.top - headingHeight;

  for (const size of sizes) {
    const codeStyle: PdfTextStyle = { font: PdfFont.bold, size, color: colors.accent, align: 'left' };
    const titleStyle: PdfTextStyle = { font: PdfFont.regular, size, color: colors.ink, align: 'left' };
    doc.font(PdfFont.bold).fontSize(size);
    const codeWidth = Math.min(width / 3, Math.max(...competencies.map(({ code }) => doc.widthOfString(code))) + size);
    const titleWidth = width - codeWidth;
    const rowGap = size * 0.4;
    const rowHeights = competencies.map(
      ({ code, title }) =>
        Math.max(measureText(doc, code, codeWidth - size, codeStyle), measureText(doc, title, titleWidth, titleStyle)) +
        rowGap,
    );
    let shown = competencies.length;
    let used = rowHeights.reduce((sum, height) => sum + height, 0);
    const smallest = size === sizes[sizes.length - 1];
    if (used > available && !smallest) continue;
    const moreStyle: PdfTextStyle = { ...titleStyle, color: colors.muted };
    while (used > available && shown > 0) {
      shown--;
      used = rowHeights.slice(0, shown).reduce((sum, height) => sum + height, 0);
      used += measureText(doc, area.more(competencies.length - shown), width, moreStyle);
    }
    // A short list sits in the middle of the free space rather than leaving a gap above the dates.
    const top = area.top + Math.max(0, (available - used) / 2);
    writeText(doc, area.heading, x, top, width, headingStyle);
    const ruleY = top + headingHeight - 8;
    doc.save().strokeColor(colors.rule).lineWidth(0.5).moveTo(x, ruleY).lineTo(x + width, ruleY).stroke().restore();
    let y = top + headingHeight;
    competencies.slice(0, shown).forEach(({ code, title }, index) => {
      writeText(doc, code, x, y, codeWidth - size, codeStyle);
      writeText(doc, title, x + codeWidth, y, titleWidth, titleStyle);
      y += rowHeights[index];
    });
    if (shown < competencies.length) writeText(doc, area.more(competencies.length - shown), x, y, width, moreStyle);
    return;
  }
}

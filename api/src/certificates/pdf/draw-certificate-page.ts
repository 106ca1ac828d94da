import { certificateLabel, moreCompetenciesLabel, type CertificateLabelKey } from './certificate-labels.js';
import { certificateColors as colors, certificateLayout as layout, A4 } from './certificate-layout.js';
import { formatCertificateDate } from './certificate-date.js';
import type { CertificatePdfData } from './certificate-pdf-data.js';
import { drawCompetencyList } from './draw-competency-list.js';
import { PdfFont } from '../../common/pdf/pdf-fonts.js';
import { drawQrCode } from './pdf-qr-code.js';
import { fittingFontSize, measureText, writeText, type PdfTextStyle } from '../../common/pdf/pdf-text.js';

type Label = (key: CertificateLabelKey, params?: Record<string, string | number>) => string;

/** The fixed parts first (header at the top, dates and verification at the foot), then the competencies between. */
export function drawCertificatePage(doc: PDFKit.PDFDocument, data: CertificatePdfData): void {
  const label: Label = (key, params) => certificateLabel(data.language, key, params);
  drawFrame(doc);
  const headerBottom = drawHeader(doc, data, label);
  const detailsTop = drawDetails(doc, data, label);
  drawVerificationPanel(doc, data, label);
  if (data.competencies.length > 0) {
    drawCompetencyList(doc, data.competencies, {
      top: headerBottom + 30,
      bottom: detailsTop - 30,
      heading: label('competenciesHeading'),
      more: (count) => moreCompetenciesLabel(data.language, count),
    });
  }
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  const inset = layout.frameInset;
  doc.save().strokeColor(colors.accent);
  doc.lineWidth(1.4).rect(inset, inset, A4.width - 2 * inset, A4.height - 2 * inset).stroke();
  doc.lineWidth(0.5).rect(inset + 5, inset + 5, A4.width - 2 * inset - 10, A4.height - 2 * inset - 10).stroke();
  doc.restore();
}

function horizontalRule(doc: PDFKit.PDFDocument, fromX: number, toX: number, y: number, color: string, width: number) {
  doc.save().strokeColor(color).lineWidth(width).moveTo(fromX, y).lineTo(toX, y).stroke().restore();
}

/** Issuer, title, holder and module, centred; returns where they end. */
function drawHeader(doc: PDFKit.PDFDocument, data: CertificatePdfData, label: Label): number {
  const centred = (text: string, y: number, style: PdfTextStyle) =>
    y + writeText(doc, text, layout.contentLeft, y, layout.contentWidth, style);
  const regular = PdfFont.regular;
  const bold = PdfFont.bold;

  let y: number = layout.top;
  y = centred(data.issuerName, y, { font: bold, size: 11, color: colors.muted, characterSpacing: 0.8, maxLines: 2 });
  y = centred(label('title'), y + 26, { font: bold, size: 30, color: colors.accent, maxLines: 2 });
  horizontalRule(doc, A4.width / 2 - 32, A4.width / 2 + 32, y + 12, colors.gold, 1.2);

  y = centred(label('awardedTo'), y + 40, { font: regular, size: 12, color: colors.muted });
  const nameStyle = { font: bold, color: colors.ink, maxLines: 2 };
  const nameSize = fittingFontSize(doc, data.holderName, layout.contentWidth, nameStyle, 28, 18);
  y = centred(data.holderName, y + 14, { ...nameStyle, size: nameSize });
  const programme = data.programmeModules !== undefined;
  y = centred(label(programme ? 'completionProgramme' : 'completion'), y + 14, { font: regular, size: 12, color: colors.muted });
  y = centred(data.moduleTitle, y + 12, { font: bold, size: 17, color: colors.accent, maxLines: 3 });
  const detail = programme
    ? label('programmeModules', { modules: data.programmeModules!.join(' · ') })
    : label('moduleVersion', { version: data.moduleVersion ?? '' });
  return centred(detail, y + 4, { font: regular, size: 10, color: colors.muted, maxLines: 3 });
}

/** Issue date, expiry and issuer in columns above the verification panel; returns the top of the block. */
function drawDetails(doc: PDFKit.PDFDocument, data: CertificatePdfData, label: Label): number {
  const date = (value: Date) => formatCertificateDate(value, data.language, data.timeZone);
  const columns: { name: string; value: string; weight: number }[] = [
    { name: label('issuedOn'), value: date(data.issuedAt), weight: 1 },
  ];
  if (data.expiresAt) columns.push({ name: label('validUntil'), value: date(data.expiresAt), weight: 1 });
  // The issuer's name is usually the longest value.
  columns.push({ name: label('issuedBy'), value: data.issuerName, weight: 1.5 });

  const unit = layout.contentWidth / columns.reduce((sum, { weight }) => sum + weight, 0);
  const nameStyle: PdfTextStyle = { font: PdfFont.regular, size: 9, color: colors.muted };
  const valueStyle: PdfTextStyle = { font: PdfFont.bold, size: 11, color: colors.ink, maxLines: 2 };
  const gap = 3;
  const height = Math.max(
    ...columns.map(
      ({ name, value, weight }) =>
        measureText(doc, name, unit * weight, nameStyle) + gap + measureText(doc, value, unit * weight, valueStyle),
    ),
  );

  const top = layout.panel.y - 28 - height;
  let x: number = layout.contentLeft;
  for (const { name, value, weight } of columns) {
    const nameHeight = writeText(doc, name, x, top, unit * weight, nameStyle);
    writeText(doc, value, x, top + nameHeight + gap, unit * weight, valueStyle);
    x += unit * weight;
  }
  horizontalRule(doc, layout.contentLeft, layout.contentLeft + layout.contentWidth, top - 14, colors.rule, 0.5);
  return top - 14;
}

/** QR code on the left; on the right the code in large type, how to check it, and the address. */
function drawVerificationPanel(doc: PDFKit.PDFDocument, data: CertificatePdfData, label: Label): void {
  const { panel, qr } = layout;
  doc.save().strokeColor(colors.rule).lineWidth(0.75).rect(panel.x, panel.y, panel.width, panel.height).stroke();
  doc.restore();
  drawQrCode(doc, data.verificationUrl, qr, colors.ink);

  const x = qr.x + qr.size + (qr.x - panel.x);
  const width = panel.x + panel.width - 16 - x;
  const codeStyle: Omit<PdfTextStyle, 'size'> = {
    font: PdfFont.bold,
    color: colors.ink,
    align: 'left',
    maxLines: 1,
    characterSpacing: 1.5,
    // Digits of one width and a slashed zero: the code is easier to read out and copy by hand.
    features: { tnum: true, zero: true },
  };
  const urlStyle: Omit<PdfTextStyle, 'size'> = {
    font: PdfFont.regular,
    color: colors.accent,
    align: 'left',
    maxLines: 2,
    link: data.verificationUrl,
  };
  const lines: { text: string; style: PdfTextStyle; gapBefore: number }[] = [
    {
      text: label('verificationCode'),
      style: { font: PdfFont.regular, size: 9, color: colors.muted, align: 'left' },
      gapBefore: 0,
    },
    {
      text: data.verificationCode,
      style: { ...codeStyle, size: fittingFontSize(doc, data.verificationCode, width, codeStyle, 20, 11) },
      gapBefore: 2,
    },
    {
      text: label('verificationHelp'),
      style: { font: PdfFont.regular, size: 8.5, color: colors.muted, align: 'left', maxLines: 2 },
      gapBefore: 8,
    },
    {
      text: data.verificationUrl,
      style: { ...urlStyle, size: fittingFontSize(doc, data.verificationUrl, width, urlStyle, 9.5, 7) },
      gapBefore: 2,
    },
  ];

  const height = lines.reduce(
    (sum, { text, style, gapBefore }) => sum + gapBefore + measureText(doc, text, width, style),
    0,
  );
  let y = panel.y + (panel.height - height) / 2;
  for (const { text, style, gapBefore } of lines) y += gapBefore + writeText(doc, text, x, y + gapBefore, width, style);
}

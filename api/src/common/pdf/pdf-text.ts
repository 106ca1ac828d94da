export interface PdfTextStyle {
  font: string;
  size: number;
  color: string;
  align?: 'left' | 'center' | 'right';
  characterSpacing?: number;
  /** OpenType features to turn on or off, on top of the defaults. */
  features?: Partial<Record<PDFKit.Mixins.OpenTypeFeatures, boolean>>;
  /** Lines beyond this are dropped and the last kept line ends with an ellipsis. */
  maxLines?: number;
  link?: string;
}

// Noto Sans's glyph composition (ccmp) splits ị, ẹ, ọ, ụ, ṣ… into a base letter and a dot below, and pdfkit
// gives each glyph a single text: the ị would then copy and search as a plain i. Text in NFC needs no
// composition, since each of its letters has a glyph of its own.
const defaultFeatures = { ccmp: false };

function textOptions(doc: PDFKit.PDFDocument, width: number, style: PdfTextStyle): PDFKit.Mixins.TextOptions {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
  const options: PDFKit.Mixins.TextOptions = {
    width,
    align: style.align ?? 'center',
    characterSpacing: style.characterSpacing ?? 0,
    // fontkit, to which pdfkit hands them, also takes features as on/off flags; @types/pdfkit knows only lists.
    features: { ...defaultFeatures, ...style.features } as unknown as PDFKit.Mixins.OpenTypeFeatures[],
    link: style.link,
  };
  if (style.maxLines) Object.assign(options, { height: style.maxLines * doc.currentLineHeight(true), ellipsis: true });
  return options;
}

/** The height `text` takes in `width` with `style`, without drawing it. */
export function measureText(doc: PDFKit.PDFDocument, text: string, width: number, style: PdfTextStyle): number {
  const options = textOptions(doc, width, style);
  return Math.min(doc.heightOfString(text.normalize('NFC'), options), options.height ?? Infinity);
}

/** Draws `text` in a column of `width` whose top left is (x, y); returns the height used. */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: PdfTextStyle,
): number {
  const composed = text.normalize('NFC');
  const height = measureText(doc, composed, width, style);
  doc.text(composed, x, y, textOptions(doc, width, style));
  return height;
}

/** The largest size from `max` down to `min` (in steps of one point) at which `text` fits on one line. */
export function fittingFontSize(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: Omit<PdfTextStyle, 'size'>,
  max: number,
  min: number,
): number {
  const composed = text.normalize('NFC');
  for (let size = max; size > min; size--) {
    if (doc.widthOfString(composed, textOptions(doc, width, { ...style, size })) <= width) return size;
  }
  return min;
}

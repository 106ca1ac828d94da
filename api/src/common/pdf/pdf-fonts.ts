import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Names under which `registerPdfFonts` makes the Noto Sans faces available to `doc.font()`. */
export const PdfFont = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const;

interface FontkitGlyph {
  codePoints: number[];
}

interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  /** fontkit's glyph cache, by glyph id (private to fontkit). */
  _glyphs?: Record<number, FontkitGlyph | null | undefined>;
}

interface Fontkit {
  create(data: Uint8Array): FontkitFont;
}

const require = createRequire(import.meta.url);
const fontFile = (path: string) => require.resolve(`@expo-google-fonts/noto-sans/${path}`);

let parsedFonts: Record<keyof typeof PdfFont, PDFKit.Mixins.PDFFontSource> | undefined;

/**
 * Parsing a face anew costs about 30 ms a document here, against about 13 ms for a whole certificate with
 * parsed fonts, so each face is read and parsed once per process and shared by every document (pdfkit ≥ 0.20
 * accepts a fontkit font); each document still embeds its own subset.
 */
function loadFonts(): Record<keyof typeof PdfFont, PDFKit.Mixins.PDFFontSource> {
  // The fontkit that pdfkit itself depends on, so the parsed font is exactly what pdfkit expects.
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
  const parse = (path: string) => {
    const font = fontkit.create(readFileSync(fontFile(path)));
    rememberCodePointsOfComposedGlyphs(font);
    // @types/pdfkit predates parsed-font sources.
    return font as unknown as PDFKit.Mixins.PDFFontSource;
  };
  return {
    regular: parse('400Regular/NotoSans_400Regular.ttf'),
    bold: parse('700Bold/NotoSans_700Bold.ttf'),
  };
}

/**
 * fontkit caches each glyph with the characters of its first request, and subsetting requests the parts of
 * composite glyphs (the Z of Ż) with none: on a shared font, every later document would print that Z with no
 * text behind it, so it could not be copied or searched (foliojs/fontkit#154, still open). As the fix proposed
 * upstream does, a request that names characters replaces a cached glyph that has none.
 */
function rememberCodePointsOfComposedGlyphs(font: FontkitFont): void {
  const glyphs = font._glyphs;
  if (typeof glyphs !== 'object' || glyphs === null) {
    throw new Error('fontkit no longer keeps its glyph cache in _glyphs: review pdf-fonts.ts');
  }
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    if (codePoints.length > 0 && glyphs[id]?.codePoints.length === 0) glyphs[id] = null;
    return getGlyph(id, codePoints);
  };
}

/** Registers Noto Sans (Latin, Greek, Cyrillic) on `doc` and selects the regular face. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  parsedFonts ??= loadFonts();
  doc.registerFont(PdfFont.regular, parsedFonts.regular);
  doc.registerFont(PdfFont.bold, parsedFonts.bold);
  doc.font(PdfFont.regular);
}

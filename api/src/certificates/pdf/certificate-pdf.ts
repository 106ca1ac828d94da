import PDFDocument from 'pdfkit';
import { certificateLabel } from './certificate-labels.js';
import type { CertificatePdfData } from './certificate-pdf-data.js';
import { drawCertificatePage } from './draw-certificate-page.js';
import { endPdfToBuffer } from '../../common/pdf/pdf-buffer.js';
import { registerPdfFonts } from '../../common/pdf/pdf-fonts.js';

export type { CertificatePdfData } from './certificate-pdf-data.js';

/**
 * The printable certificate: one A4 portrait page in the holder's language. The same data always gives
 * the same bytes (the document dates are the issue date), so a stored certificate can be re-rendered.
 */
export function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  const { language } = data;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    // Everything is placed explicitly inside the frame; no margin may push text onto a second page.
    margin: 0,
    pdfVersion: '1.7',
    lang: language,
    displayTitle: true,
    info: {
      Title: certificateLabel(language, 'documentTitle', { holder: data.holderName }),
      Author: data.issuerName,
      Subject:
        data.programmeModules !== undefined
          ? certificateLabel(language, 'documentSubjectProgramme', { programme: data.moduleTitle })
          : certificateLabel(language, 'documentSubject', { module: data.moduleTitle, version: data.moduleVersion ?? '' }),
      Keywords: data.verificationCode,
      Creator: 'Clef',
      CreationDate: data.issuedAt,
      ModDate: data.issuedAt,
    },
  });
  registerPdfFonts(doc);
  drawCertificatePage(doc, data);
  return endPdfToBuffer(doc);
}

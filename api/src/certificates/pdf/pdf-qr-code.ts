import QRCode from 'qrcode';

export interface SquareBox {
  x: number;
  y: number;
  size: number;
}

export const qrErrorCorrectionLevel = 'M';

/**
 * Draws `text` as a vector QR code filling `box` (the modules only: keep a blank margin of four modules
 * around it). Vectors stay sharp at any print resolution and weigh less than an image.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, box: SquareBox, color: string): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: qrErrorCorrectionLevel });
  const count = modules.size;
  const cell = box.size / count;
  const dark = (row: number, col: number) => row < count && col < count && modules.get(row, col) === 1;
  doc.save().fillColor(color);
  // Runs in both directions, filled as one union: neighbouring modules overlap instead of touching edge to
  // edge, which anti-aliasing viewers would show as hairline gaps.
  for (let line = 0; line < count; line++) {
    for (const horizontal of [true, false]) {
      const at = (step: number) => (horizontal ? dark(line, step) : dark(step, line));
      let step = 0;
      while (step < count) {
        if (!at(step)) {
          step++;
          continue;
        }
        const start = step;
        while (at(step)) step++;
        if (horizontal) doc.rect(box.x + start * cell, box.y + line * cell, (step - start) * cell, cell);
        else doc.rect(box.x + line * cell, box.y + start * cell, cell, (step - start) * cell);
      }
    }
  }
  doc.fill('nonzero').restore();
}

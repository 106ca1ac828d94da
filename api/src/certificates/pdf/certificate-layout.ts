/** A4 portrait in PDF points, and where the fixed parts of the certificate sit on it. */
export const A4 = { width: 595.28, height: 841.89 } as const;

const contentLeft = 72;
const contentWidth = A4.width - 2 * contentLeft;
const panelHeight = 124;
const panelTop = A4.height - 60 - panelHeight;
const qrSize = 96;

export const certificateLayout = {
  frameInset: 24,
  contentLeft,
  contentWidth,
  top: 68,
  /** The verification panel at the foot of the page: QR code on the left, code and address on the right. */
  panel: { x: contentLeft, y: panelTop, width: contentWidth, height: panelHeight },
  qr: { x: contentLeft + (panelHeight - qrSize) / 2, y: panelTop + (panelHeight - qrSize) / 2, size: qrSize },
} as const;

/** Dark enough to photocopy well; no area is filled, so the page prints cleanly. */
export const certificateColors = {
  ink: '#1b1d21',
  muted: '#5b616b',
  accent: '#1f3a5f',
  gold: '#9a7a36',
  rule: '#c3c8cf',
} as const;

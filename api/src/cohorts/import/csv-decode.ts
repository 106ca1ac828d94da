import { refuseUnsafeText } from '../../common/validation/safe-input.js';

/**
 * Spreadsheets save CSV as UTF-8 (with or without BOM) or, from French Excel, as Windows-1252: decode UTF-8
 * strictly and fall back to Windows-1252 when the bytes are not valid UTF-8.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return refuseUnsafeText(text.replace(/^\uFEFF/, ''), 'file');
}

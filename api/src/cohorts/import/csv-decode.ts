import iconv from 'iconv-lite';
import { refuseUnsafeText } from '../../common/validation/safe-input.js';

/**
 * Spreadsheets save CSV as UTF-8 (with or without BOM) or, from French Excel, as Windows-1252: decode UTF-8
 * strictly and fall back to Windows-1252 when the bytes are not valid UTF-8. iconv-lite, not TextDecoder: Node 20's
 * TextDecoder('windows-1252') silently drops 0x80–0x9F (’ Œ œ € …), turning « L’Œillet » into « Lillet ».
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
  return refuseUnsafeText(text.replace(/^\uFEFF/, ''), 'file');
}

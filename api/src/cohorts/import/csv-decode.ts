import { decodeText } from '../../common/text/decode-text.js';
import { refuseUnsafeText } from '../../common/validation/safe-input.js';

/** Spreadsheets save CSV as UTF-8 (with or without BOM) or, from French Excel, as Windows-1252 (see decodeText). */
export const decodeCsv = (bytes: Uint8Array): string => refuseUnsafeText(decodeText(bytes).text, 'file');

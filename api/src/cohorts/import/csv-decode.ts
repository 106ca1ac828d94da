import { decodeText } from '../../common/text/decode-text.js';

/** Spreadsheets save CSV as UTF-8 (with or without BOM) or, from French Excel, as Windows-1252 (see decodeText). */
export const decodeCsv = (bytes: Uint8Array): string => decodeText(bytes).text;

import { AppError } from '../../common/errors/app-error.js';
import { decodeText, knownEncoding } from '../../common/text/decode-text.js';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^(?:\u00ef\u00bb\u00bf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1].trim();
}

/**
 * A question bank's bytes as text: UTF-8 when they are valid UTF-8 (the web client sends what it decoded as UTF-8,
 * whatever the declaration still says), else the encoding the XML declaration names, else Windows-1252 (GIFT from
 * Notepad), so that ’ Œ œ € never reach the preview as mojibake. A file that is not UTF-8 and names an encoding no
 * decoder knows is refused with that name rather than guessed.
 */
export function questionBankText(bytes: Uint8Array): string {
  const declared = declaredEncoding(bytes);
  const usable = declared !== undefined && knownEncoding(declared);
  const read = decodeText(bytes, usable ? declared : undefined);
  if (read.encoding !== 'utf-8' && declared !== undefined && !usable) throw new AppError(400, 'authoring.importEncoding', { encoding: declared });
  return read.text;
}

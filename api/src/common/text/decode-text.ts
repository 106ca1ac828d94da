import iconv from 'iconv-lite';

/**
 * Text files from French offices arrive as UTF-8 (with or without BOM) or, from Windows software (Excel, Notepad,
 * older exports), as Windows-1252. UTF-8 is decoded strictly; bytes that are not valid UTF-8 are read in `fallback`
 * (an encoding the file names itself, such as an XML declaration's, else Windows-1252) — with iconv-lite, because
 * Node 20's `TextDecoder('windows-1252')` silently drops 0x80–0x9F (’ Œ œ € …).
 */
export function decodeText(bytes: Uint8Array, fallback = 'windows-1252'): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), fallback), encoding: fallback };
  }
}

/** Whether iconv-lite can read an encoding a file names. */
export const knownEncoding = (name: string) => iconv.encodingExists(name);

/** The encoding an XML declaration names, read from the file's first bytes. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^(?:\u00ef\u00bb\u00bf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1].trim();
}

export type ReadText = { text: string; encoding: 'utf-8' | string } | { unknownEncoding: string };

/**
 * A question bank as text: UTF-8 when its bytes are valid UTF-8, else the encoding its XML declaration names, else
 * Windows-1252 (Notepad's "ANSI", older Moodle tools), so that ’ Œ œ € show as themselves, never as mojibake.
 * The browser's decoder knows Windows-1252 whole (Node 20's drops 0x80–0x9F, hence iconv-lite on the server).
 */
export async function readTextFile(file: Blob): Promise<ReadText> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = declaredEncoding(bytes) ?? 'windows-1252';
    try {
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
    } catch {
      return { unknownEncoding: encoding };
    }
  }
}

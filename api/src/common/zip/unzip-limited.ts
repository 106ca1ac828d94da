import { Unzip, UnzipInflate, type Unzipped } from 'fflate';

export interface ZipLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

/** Why a zip was refused; `unpacked` is how many bytes had been inflated when it stopped. */
export class ZipRefusedError extends Error {
  constructor(
    readonly reason: 'notZip' | 'tooLarge' | 'unsafeName',
    readonly entryName = '',
    readonly unpacked = 0,
  ) {
    super(`zip refused: ${reason}`);
  }
}

/**
 * Compressed bytes fed to the inflater at a time: deflate turns 4 KB into about 4 MB at most, so an entry is refused
 * at most that far past its limit, whatever its header claims.
 */
const INPUT_CHUNK = 4096;

/**
 * A zip's files, refusing zip bombs and unexpected names: sizes in a zip's headers are claims, so the bytes really
 * inflated are counted as they come, and inflating stops as soon as an entry or the whole passes its limit.
 */
export function unzipLimited(bytes: Uint8Array, limits: ZipLimits, acceptName: (name: string) => boolean): Unzipped {
  const files: Unzipped = {};
  let count = 0;
  let total = 0;
  const tooLarge = () => new ZipRefusedError('tooLarge', '', total);
  const unzip = new Unzip((file) => {
    count += 1;
    if (!acceptName(file.name)) throw new ZipRefusedError('unsafeName', file.name.slice(0, 200));
    if (count > limits.entries || (file.originalSize ?? 0) > limits.entryBytes) throw tooLarge();
    if (file.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      // fflate hands back what this handler throws as an error of the stream: pass our refusal on as it is.
      if (error) throw error instanceof ZipRefusedError ? error : new ZipRefusedError('notZip');
      size += data.length;
      total += data.length;
      if (size > limits.entryBytes || total > limits.totalBytes) throw tooLarge();
      chunks.push(data);
      if (final) files[file.name] = Buffer.concat(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += INPUT_CHUNK) unzip.push(bytes.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= bytes.length);
  } catch (error) {
    throw error instanceof ZipRefusedError ? error : new ZipRefusedError('notZip');
  }
  if (Object.keys(files).length === 0) throw new ZipRefusedError('notZip');
  return files;
}

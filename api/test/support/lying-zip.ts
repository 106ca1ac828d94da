import { zipSync } from 'fflate';

/** A zip whose headers (local and central) claim `claimed` bytes for each entry, whatever the entry really holds. */
export function lyingZip(files: Record<string, Uint8Array>, claimed: number): Uint8Array {
  const zip = zipSync(files);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, claimed, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, claimed, true);
  }
  return zip;
}

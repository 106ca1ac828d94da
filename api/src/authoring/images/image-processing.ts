import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../common/errors/app-error.js';

/** What a trainer may upload: photographs and drawings. SVG is refused (it may carry script and links). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Wide enough for a tablet in portrait and a phone's high-density screen; larger images are scaled down. */
export const IMAGE_WIDTH = 1024;
/** Decoding stops past this many pixels: a small file claiming 100,000 × 100,000 pixels is no photograph. */
const MAX_INPUT_PIXELS = 40_000_000;
const FORMATS = new Set(['jpeg', 'png', 'webp']);

export interface ProcessedImage {
  hash: string;
  data: Buffer;
  width: number;
  height: number;
  contentType: 'image/webp';
}


/**
 * The upload as Clef keeps it: its real format checked from its bytes (whatever the request claimed), turned upright
 * from its EXIF orientation, scaled down to IMAGE_WIDTH, re-encoded as WebP without any metadata (camera, place,
 * date), and named by the SHA-256 of the result.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw new AppError(415, 'authoring.imageType');
  }
  if (!format || !FORMATS.has(format)) throw new AppError(415, 'authoring.imageType');
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize({ width: IMAGE_WIDTH, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { hash: createHash('sha256').update(data).digest('hex'), data, width: info.width, height: info.height, contentType: 'image/webp' };
  } catch {
    throw new AppError(422, 'authoring.imageUnreadable');
  }
}

/**
 * An image from a module zip, which Clef itself wrote: accepted only as a WebP whose name is the SHA-256 of its bytes
 * (so that the lessons naming it show what was exported), within the upload's size.
 */
export async function checkZippedImage(hash: string, data: Uint8Array): Promise<ProcessedImage | undefined> {
  if (data.length > MAX_IMAGE_BYTES || createHash('sha256').update(data).digest('hex') !== hash) return undefined;
  try {
    const meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (meta.format !== 'webp' || !meta.width || !meta.height) return undefined;
    return { hash, data: Buffer.from(data), width: meta.width, height: meta.height, contentType: 'image/webp' };
  } catch {
    return undefined;
  }
}

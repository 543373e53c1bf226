import sharp from 'sharp';
import type { FileType } from './file-types.js';
import { JPEG, WEBP } from './file-types.js';
import { ImageTooLargeError, UnreadableImageError } from './files.errors.js';

/** The longest side an image is kept at (larger ones are scaled down, proportions kept). */
export const MAX_LONG_SIDE = 2560;
/** The longest side of a thumbnail. */
export const THUMBNAIL_LONG_SIDE = 400;
/** The most pixels Habite decodes (a 108 MP phone camera fits; a "decompression bomb" does not). */
export const MAX_INPUT_PIXELS = 120_000_000;

export interface ProcessedImage {
  type: FileType;
  bytes: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * An uploaded image made safe to keep and to show: decoded (refused past MAX_INPUT_PIXELS, before
 * decoding), turned upright by its EXIF orientation, scaled down to MAX_LONG_SIDE, and re-encoded
 * with NO metadata at all (EXIF, GPS position, camera, XMP, IPTC, comments are not copied), as
 * JPEG — or WebP when the image has transparency. Its thumbnail (THUMBNAIL_LONG_SIDE) is made from
 * the result, in the same type. Animated images keep their first frame.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' as const };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new UnreadableImageError();
  }
  if (!meta.width || !meta.height) throw new UnreadableImageError();
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new ImageTooLargeError(MAX_INPUT_PIXELS, meta.width, meta.height);
  const type = meta.hasAlpha ? WEBP : JPEG;
  const encode = (image: sharp.Sharp, quality: number) => (type === WEBP ? image.webp({ quality }) : image.jpeg({ quality, mozjpeg: true }));
  try {
    const main = await encode(sharp(bytes, options).rotate().resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: 'inside', withoutEnlargement: true }), 85)
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await encode(sharp(main.data).resize({ width: THUMBNAIL_LONG_SIDE, height: THUMBNAIL_LONG_SIDE, fit: 'inside', withoutEnlargement: true }), 75).toBuffer();
    return { type, bytes: main.data, width: main.info.width, height: main.info.height, thumbnail };
  } catch (err) {
    if (err instanceof Error && /pixel limit/i.test(err.message)) throw new ImageTooLargeError(MAX_INPUT_PIXELS, meta.width, meta.height);
    throw new UnreadableImageError();
  }
}

import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError, badRequest } from "../../../server/errors.ts";

export const PHOTO_SIZE = 256;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Decoding bombs (a small file that unpacks to a huge bitmap) stop here: 50 megapixels. */
const MAX_INPUT_PIXELS = 50_000_000;

export const photoTooLarge = () =>
  new AppError(
    "photo_too_large",
    413,
    "That photo is larger than 5 MB. Please choose a smaller one, or crop it first.",
  );

/**
 * Turns an uploaded image (JPEG, PNG, WebP, GIF, AVIF, TIFF — whatever libvips reads) into a
 * square 256 × 256 WebP, cropped around the middle, turned upright by its EXIF orientation and
 * stripped of metadata (camera, location).
 */
export async function resizePhoto(input: Buffer) {
  if (input.length > PHOTO_MAX_BYTES) throw photoTooLarge();
  if (input.length === 0)
    throw badRequest("photo_empty", "That photo is empty. Please choose an image file.");
  let data: Buffer;
  try {
    data = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw badRequest(
      "photo_unreadable",
      "We couldn't read that file as an image. Please use a JPEG, PNG or WebP photo.",
    );
  }
  const version = createHash("sha256").update(data).digest("base64url").slice(0, 16);
  return { data, contentType: "image/webp", version };
}

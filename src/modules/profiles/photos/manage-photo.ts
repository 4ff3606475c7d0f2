import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { personPhotos } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { badRequest } from "../../../server/errors.ts";
import { photoUrl } from "./photo-url.ts";
import { PHOTO_MAX_BYTES, photoTooLarge, resizePhoto } from "./resize-photo.ts";

/** Base64 grows 4/3, plus room for a data-URL prefix: the largest JSON body a photo needs. */
export const PHOTO_BODY_LIMIT = Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4096;

export const setPhotoInput = z.object({
  /** The image file, base64-encoded; a data URL ("data:image/png;base64,…") is fine too. */
  image: z.string().min(1, "Please choose an image file.").max(PHOTO_BODY_LIMIT),
});

export const photoSchema = z.object({ photoUrl: z.string().nullable() });

function decode(image: string): Buffer {
  const base64 = image.replace(/^data:[\w.+/-]*;base64,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw badRequest("photo_not_base64", "The photo didn't arrive as a base64-encoded file.");
  }
  // Decoded size, before decoding: refuse a too-large photo without holding it twice.
  if (Math.floor((base64.length * 3) / 4) > PHOTO_MAX_BYTES + 2) throw photoTooLarge();
  return Buffer.from(base64, "base64");
}

/** Sets the actor's own photo, resized to a small square; replaces any earlier one. */
export async function setOwnPhoto(ctx: Ctx, image: string) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "profile.update", { organizationId, personId });
  const photo = await resizePhoto(decode(image));
  await ctx.db
    .insert(personPhotos)
    .values({ personId, organizationId, ...photo })
    .onConflictDoUpdate({
      target: personPhotos.personId,
      set: { ...photo, updatedAt: new Date() },
    });
  return { photoUrl: photoUrl(personId, photo.version) };
}

export async function removeOwnPhoto(ctx: Ctx) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "profile.update", { organizationId, personId });
  await ctx.db
    .delete(personPhotos)
    .where(
      and(eq(personPhotos.personId, personId), eq(personPhotos.organizationId, organizationId)),
    );
  return { photoUrl: null };
}

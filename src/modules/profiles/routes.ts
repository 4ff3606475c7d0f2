import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { getProfile } from "./get-profile.ts";
import { getPhoto } from "./photos/get-photo.ts";
import {
  PHOTO_BODY_LIMIT,
  photoSchema,
  removeOwnPhoto,
  setOwnPhoto,
  setPhotoInput,
} from "./photos/manage-photo.ts";
import { photoTooLarge } from "./photos/resize-photo.ts";
import { profileSchema } from "./presenters.ts";
import { updateWorkDetails, updateWorkDetailsInput } from "./update-work-details.ts";

const personParams = z.object({ personId: z.uuid("That isn't a valid person id.") });

export const profileRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/people/:personId/profile",
      {
        schema: {
          summary: "A colleague's profile (anyone in your organization)",
          tags: ["profiles"],
          params: personParams,
          response: { 200: profileSchema },
        },
      },
      async (request) => getProfile(ctxOf(services, request), request.params.personId),
    );

    app.patch(
      "/api/people/:personId/work",
      {
        schema: {
          summary:
            "Change a person's work details: title, department, location, hire date, employee ID, manager (administrators)",
          tags: ["profiles"],
          params: personParams,
          body: updateWorkDetailsInput,
          response: { 200: profileSchema },
        },
      },
      async (request) =>
        updateWorkDetails(ctxOf(services, request), request.params.personId, request.body),
    );

    // A photo travels as base64 in JSON, not multipart: the app stays JSON-only (no form can
    // post here cross-site), zod validates it like any other body, and 5 MB costs ~7 MB in transit.
    app.put(
      "/api/me/photo",
      {
        bodyLimit: PHOTO_BODY_LIMIT + 1024,
        // Refuse an announced oversized upload before reading it, with a message that says why.
        onRequest: async (request) => {
          if (Number(request.headers["content-length"] ?? 0) > PHOTO_BODY_LIMIT + 1024) {
            throw photoTooLarge();
          }
        },
        schema: {
          summary: "Upload your photo (base64, up to 5 MB); it is cropped to a 256-pixel square",
          tags: ["profiles"],
          body: setPhotoInput,
          response: { 200: photoSchema },
        },
      },
      async (request) => setOwnPhoto(ctxOf(services, request), request.body.image),
    );

    app.delete(
      "/api/me/photo",
      {
        schema: {
          summary: "Remove your photo",
          tags: ["profiles"],
          response: { 200: photoSchema },
        },
      },
      async (request) => removeOwnPhoto(ctxOf(services, request)),
    );

    app.get(
      "/api/people/:personId/photo",
      {
        schema: {
          summary: "A colleague's photo (a 256-pixel WebP image)",
          tags: ["profiles"],
          params: personParams,
          querystring: z.object({ v: z.string().max(64).optional() }),
        },
      },
      async (request, reply) => {
        const photo = await getPhoto(ctxOf(services, request), request.params.personId);
        const etag = `"${photo.version}"`;
        reply.header("etag", etag);
        reply.header("vary", "cookie");
        // A versioned URL never changes what it shows; an unversioned one is checked each time.
        reply.header(
          "cache-control",
          request.query.v === photo.version
            ? "private, max-age=31536000, immutable"
            : "private, no-cache",
        );
        if (request.headers["if-none-match"] === etag) return reply.status(304).send();
        return reply.type(photo.contentType).send(photo.data);
      },
    );
  };

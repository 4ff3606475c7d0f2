import { z } from "zod";
import type { MentorRequest } from "../../db/schema-programs.ts";

export const personCardSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  photoUrl: z.string().nullable(),
});
export type PersonCard = z.infer<typeof personCardSchema>;

export const mentorRequestStatusSchema = z.enum([
  "waiting",
  "pending",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
]);

export const mentorRequestSchema = z.object({
  id: z.uuid(),
  program: z.object({ slug: z.string(), name: z.string() }),
  mentee: personCardSchema,
  mentor: personCardSchema,
  rank: z.number(),
  /** `waiting`: a later choice, not yet in front of its mentor. */
  status: mentorRequestStatusSchema,
  message: z.string().nullable(),
  declineReason: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  respondBy: z.iso.datetime().nullable(),
  respondedAt: z.iso.datetime().nullable(),
});

export function presentMentorRequest(
  request: MentorRequest,
  program: { slug: string; name: string },
  cards: Map<string, PersonCard>,
) {
  const card = (id: string): PersonCard =>
    cards.get(id) ?? {
      id,
      name: "Someone",
      title: null,
      department: null,
      location: null,
      photoUrl: null,
    };
  return {
    id: request.id,
    program: { slug: program.slug, name: program.name },
    mentee: card(request.menteeId),
    mentor: card(request.mentorId),
    rank: request.rank,
    status:
      request.status === "pending" && request.sentAt === null
        ? ("waiting" as const)
        : request.status,
    message: request.message,
    declineReason: request.declineReason,
    sentAt: request.sentAt?.toISOString() ?? null,
    respondBy: request.respondBy?.toISOString() ?? null,
    respondedAt: request.respondedAt?.toISOString() ?? null,
  };
}

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { addAgendaItem, addAgendaItemInput } from "./add-agenda-item.ts";
import { addCommitment, addCommitmentInput } from "./add-commitment.ts";
import { deleteAgendaItem } from "./delete-agenda-item.ts";
import { getSessionRoom, sessionRoomSchema } from "./get-session-room.ts";
import { listMyCommitments, myCommitmentsSchema } from "./list-my-commitments.ts";
import {
  listRelationshipCommitments,
  relationshipCommitmentsSchema,
} from "./list-relationship-commitments.ts";
import {
  agendaItemSchema,
  commitmentSchema,
  personalNoteSchema,
  sharedNoteSchema,
} from "./presenters.ts";
import { savePersonalNote, savePersonalNoteInput } from "./save-personal-note.ts";
import { saveSharedNote, saveSharedNoteInput } from "./save-shared-note.ts";
import { updateAgendaItem, updateAgendaItemInput } from "./update-agenda-item.ts";
import { updateCommitment, updateCommitmentInput } from "./update-commitment.ts";

const sessionParams = z.object({ sessionId: z.uuid("That isn't a valid session id.") });
const agendaItemParams = z.object({ agendaItemId: z.uuid("That isn't a valid agenda item id.") });
const commitmentParams = z.object({ commitmentId: z.uuid("That isn't a valid commitment id.") });
const relationshipParams = z.object({ relationshipId: z.uuid("That isn't a valid match id.") });
const tags = ["session work"];

/**
 * The session room: its agenda (commitments carried over, then reflect, select, act), the shared
 * note, each person's own note, and commitments. Members only; anyone else gets a 404.
 */
export const sessionWorkRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/sessions/:sessionId",
      {
        schema: {
          summary: "A session's room, for the people in the relationship",
          tags,
          params: sessionParams,
          response: { 200: sessionRoomSchema },
        },
      },
      async (request) => getSessionRoom(ctxOf(services, request), request.params.sessionId),
    );

    app.post(
      "/api/sessions/:sessionId/agenda-items",
      {
        schema: {
          summary: "Add my own item to a session's agenda",
          tags,
          params: sessionParams,
          body: addAgendaItemInput,
          response: { 201: z.object({ agendaItem: agendaItemSchema }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          agendaItem: await addAgendaItem(
            ctxOf(services, request),
            request.params.sessionId,
            request.body,
          ),
        }),
    );

    app.patch(
      "/api/agenda-items/:agendaItemId",
      {
        schema: {
          summary: "Tick an agenda item off, or reword my own",
          tags,
          params: agendaItemParams,
          body: updateAgendaItemInput,
          response: { 200: z.object({ agendaItem: agendaItemSchema }) },
        },
      },
      async (request) => ({
        agendaItem: await updateAgendaItem(
          ctxOf(services, request),
          request.params.agendaItemId,
          request.body,
        ),
      }),
    );

    app.delete(
      "/api/agenda-items/:agendaItemId",
      {
        schema: {
          summary: "Remove an agenda item I added",
          tags,
          params: agendaItemParams,
        },
      },
      async (request, reply) => {
        await deleteAgendaItem(ctxOf(services, request), request.params.agendaItemId);
        return reply.status(204).send();
      },
    );

    app.put(
      "/api/sessions/:sessionId/shared-note",
      {
        schema: {
          summary:
            "Save the session's shared note over the version I started from (409 with the current note otherwise)",
          tags,
          params: sessionParams,
          body: saveSharedNoteInput,
          response: { 200: z.object({ sharedNote: sharedNoteSchema }) },
        },
      },
      async (request) => ({
        sharedNote: await saveSharedNote(
          ctxOf(services, request),
          request.params.sessionId,
          request.body,
        ),
      }),
    );

    app.put(
      "/api/sessions/:sessionId/personal-note",
      {
        schema: {
          summary: "Save my own note on a session (nobody else ever sees it)",
          tags,
          params: sessionParams,
          body: savePersonalNoteInput,
          response: { 200: z.object({ myNote: personalNoteSchema }) },
        },
      },
      async (request) => ({
        myNote: await savePersonalNote(
          ctxOf(services, request),
          request.params.sessionId,
          request.body,
        ),
      }),
    );

    app.post(
      "/api/sessions/:sessionId/commitments",
      {
        schema: {
          summary: "Make a commitment in a session: who (a member; me by default), what, by when",
          tags,
          params: sessionParams,
          body: addCommitmentInput,
          response: { 201: z.object({ commitment: commitmentSchema }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          commitment: await addCommitment(
            ctxOf(services, request),
            request.params.sessionId,
            request.body,
          ),
        }),
    );

    app.patch(
      "/api/commitments/:commitmentId",
      {
        schema: {
          summary: "Mark my commitment done, drop it (with a word on why), reopen or reword it",
          tags,
          params: commitmentParams,
          body: updateCommitmentInput,
          response: { 200: z.object({ commitment: commitmentSchema }) },
        },
      },
      async (request) => ({
        commitment: await updateCommitment(
          ctxOf(services, request),
          request.params.commitmentId,
          request.body,
        ),
      }),
    );

    app.get(
      "/api/relationships/:relationshipId/commitments",
      {
        schema: {
          summary: "Every commitment of a relationship, grouped open, done and dropped",
          tags,
          params: relationshipParams,
          response: { 200: relationshipCommitmentsSchema },
        },
      },
      async (request) =>
        listRelationshipCommitments(ctxOf(services, request), request.params.relationshipId),
    );

    app.get(
      "/api/me/commitments",
      {
        schema: {
          summary:
            "My open commitments across my relationships under way: overdue first, then by due date",
          description:
            'Each item: id, text, dueOn (YYYY-MM-DD or null), overdue, relationship { id, kind, title } ("with Theo Mentor" or the circle\'s name), sessionId and madeInSessionAt (the session it was made in), createdAt.',
          tags,
          response: { 200: myCommitmentsSchema },
        },
      },
      async (request) => listMyCommitments(ctxOf(services, request)),
    );
  };

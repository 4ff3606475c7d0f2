import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../server/context.ts";
import { ctxOf } from "../../server/plugins/auth.ts";
import { exportEnrollments } from "./export-enrollments.ts";
import { enrollmentFormSchema, getEnrollmentForm } from "./get-enrollment-form.ts";
import {
  enrollmentCountsSchema,
  enrollmentFiltersSchema,
  enrollmentListItemSchema,
  listEnrollments,
} from "./list-enrollments.ts";
import { listQuestions } from "./list-questions.ts";
import {
  createQuestion,
  deleteQuestion,
  reorderQuestions,
  updateQuestion,
} from "./manage-questions.ts";
import {
  enrollmentQuestionSchema,
  enrollmentStatusSchema,
  managedQuestionSchema,
} from "./presenters.ts";
import {
  createQuestionInput,
  reorderQuestionsInput,
  updateQuestionInput,
} from "./question-input.ts";
import { saveEnrollment, saveEnrollmentInput } from "./save-enrollment.ts";
import { withdrawEnrollment } from "./withdraw-enrollment.ts";

const slug = z.string().trim().min(1).max(100);
const programParams = z.object({ slug });
const questionParams = z.object({
  slug,
  enrollmentQuestionId: z.uuid("That isn't a valid question id."),
});
const tags = ["enrollment"];

export const enrollmentRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/programs/:slug/enrollment-questions",
      {
        schema: {
          summary: "The program's enrollment form, archived questions too (program managers)",
          tags,
          params: programParams,
          response: { 200: z.object({ questions: z.array(managedQuestionSchema) }) },
        },
      },
      async (request) => ({
        questions: await listQuestions(ctxOf(services, request), request.params.slug),
      }),
    );

    app.post(
      "/api/programs/:slug/enrollment-questions",
      {
        schema: {
          summary: "Add a question to the program's enrollment form (program managers)",
          tags,
          params: programParams,
          body: createQuestionInput,
          response: { 201: enrollmentQuestionSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createQuestion(ctxOf(services, request), request.params.slug, request.body)),
    );

    app.put(
      "/api/programs/:slug/enrollment-questions/order",
      {
        schema: {
          summary: "Reorder the enrollment form's questions (program managers)",
          tags,
          params: programParams,
          body: reorderQuestionsInput,
        },
      },
      async (request, reply) => {
        await reorderQuestions(ctxOf(services, request), request.params.slug, request.body);
        return reply.status(204).send();
      },
    );

    app.patch(
      "/api/programs/:slug/enrollment-questions/:enrollmentQuestionId",
      {
        schema: {
          summary: "Change, archive or restore an enrollment question (program managers)",
          tags,
          params: questionParams,
          body: updateQuestionInput,
          response: { 200: enrollmentQuestionSchema },
        },
      },
      async (request) =>
        updateQuestion(
          ctxOf(services, request),
          request.params.slug,
          request.params.enrollmentQuestionId,
          request.body,
        ),
    );

    app.delete(
      "/api/programs/:slug/enrollment-questions/:enrollmentQuestionId",
      {
        schema: {
          summary: "Delete an enrollment question nobody has answered (program managers)",
          tags,
          params: questionParams,
        },
      },
      async (request, reply) => {
        await deleteQuestion(
          ctxOf(services, request),
          request.params.slug,
          request.params.enrollmentQuestionId,
        );
        return reply.status(204).send();
      },
    );

    app.get(
      "/api/programs/:slug/enrollment",
      {
        schema: {
          summary: "Your enrollment in a program: the form, prefilled from your profile",
          tags,
          params: programParams,
          response: { 200: enrollmentFormSchema },
        },
      },
      async (request) => getEnrollmentForm(ctxOf(services, request), request.params.slug),
    );

    app.put(
      "/api/programs/:slug/enrollment",
      {
        schema: {
          summary: "Save your enrollment as a draft, or send it",
          tags,
          params: programParams,
          body: saveEnrollmentInput,
          response: {
            200: z.object({
              status: enrollmentStatusSchema,
              submittedAt: z.iso.datetime().nullable(),
            }),
          },
        },
      },
      async (request) =>
        saveEnrollment(ctxOf(services, request), request.params.slug, request.body),
    );

    app.post(
      "/api/programs/:slug/enrollment/withdraw",
      {
        schema: {
          summary: "Withdraw your enrollment (until the program is running)",
          tags,
          params: programParams,
          response: { 200: z.object({ status: enrollmentStatusSchema }) },
        },
      },
      async (request) => withdrawEnrollment(ctxOf(services, request), request.params.slug),
    );

    app.get(
      "/api/programs/:slug/enrollments",
      {
        schema: {
          summary: "Who enrolled in a program, with filters and counts (program managers)",
          tags,
          params: programParams,
          querystring: enrollmentFiltersSchema,
          response: {
            200: z.object({
              enrollments: z.array(enrollmentListItemSchema),
              truncated: z.boolean(),
              counts: enrollmentCountsSchema,
            }),
          },
        },
      },
      async (request) =>
        listEnrollments(ctxOf(services, request), request.params.slug, request.query),
    );

    app.get(
      "/api/programs/:slug/enrollments/export",
      {
        schema: {
          summary: "Download who enrolled as CSV (program managers)",
          tags,
          params: programParams,
          querystring: enrollmentFiltersSchema,
        },
      },
      async (request, reply) => {
        const file = await exportEnrollments(
          ctxOf(services, request),
          request.params.slug,
          request.query,
        );
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${file.fileName}"`)
          .header("cache-control", "no-store")
          .send(file.body);
      },
    );
  };

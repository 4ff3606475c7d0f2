import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Services } from "../../../server/context.ts";
import { ctxOf } from "../../../server/plugins/auth.ts";
import {
  getMyQuestionnaire,
  myQuestionnaireSchema,
  saveAnswersInput,
  saveMyAnswers,
} from "./answers.ts";
import {
  createQuestion,
  createQuestionInput,
  listQuestions,
  questionSchema,
  reorderQuestions,
  reorderQuestionsInput,
  updateQuestion,
  updateQuestionInput,
} from "./questions.ts";

const questionParams = z.object({ questionId: z.uuid("That isn't a valid question id.") });
const questionList = z.object({ questions: z.array(questionSchema) });

export const questionnaireRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/questionnaire/questions",
      {
        schema: {
          summary: "The work-style and values questions",
          tags: ["questionnaire"],
          querystring: z.object({ includeArchived: z.stringbool().optional() }),
          response: { 200: questionList },
        },
      },
      async (request) => ({
        questions: await listQuestions(ctxOf(services, request), {
          includeArchived: request.query.includeArchived === true,
        }),
      }),
    );

    app.post(
      "/api/questionnaire/questions",
      {
        schema: {
          summary: "Add a question with its answers to choose from (administrators)",
          tags: ["questionnaire"],
          body: createQuestionInput,
          response: { 201: questionSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createQuestion(ctxOf(services, request), request.body)),
    );

    app.patch(
      "/api/questionnaire/questions/:questionId",
      {
        schema: {
          summary: "Edit, archive or restore a question (administrators)",
          tags: ["questionnaire"],
          params: questionParams,
          body: updateQuestionInput,
          response: { 200: questionSchema },
        },
      },
      async (request) =>
        updateQuestion(ctxOf(services, request), request.params.questionId, request.body),
    );

    app.put(
      "/api/questionnaire/questions/order",
      {
        schema: {
          summary: "Put the questions in a new order (administrators)",
          tags: ["questionnaire"],
          body: reorderQuestionsInput,
          response: { 200: questionList },
        },
      },
      async (request) => ({
        questions: await reorderQuestions(ctxOf(services, request), request.body.questionIds),
      }),
    );

    app.get(
      "/api/me/questionnaire",
      {
        schema: {
          summary: "Your questionnaire and your answers (only you can see them)",
          tags: ["questionnaire"],
          response: { 200: myQuestionnaireSchema },
        },
      },
      async (request) => getMyQuestionnaire(ctxOf(services, request)),
    );

    app.put(
      "/api/me/questionnaire",
      {
        schema: {
          summary: "Answer questions of your questionnaire (null takes an answer back)",
          tags: ["questionnaire"],
          body: saveAnswersInput,
          response: { 200: myQuestionnaireSchema },
        },
      },
      async (request) => saveMyAnswers(ctxOf(services, request), request.body),
    );
  };

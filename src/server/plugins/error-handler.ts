import { DrizzleQueryError } from "drizzle-orm/errors";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../errors.ts";

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

function fieldsOf(error: FastifyError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || "body";
    fields[path] ??= issue.message ?? "This value isn't valid.";
  }
  return fields;
}

/**
 * A failed query's error carries its parameters (emails, password hashes, private text): log
 * the statement and the database's own error, never the values.
 */
export function loggable(
  error: Error,
): Error | { type: string; message: string; query: string; cause?: string } {
  if (error instanceof DrizzleQueryError) {
    return {
      type: "DrizzleQueryError",
      message: "Failed query",
      query: error.query,
      cause: error.cause instanceof Error ? error.cause.message : undefined,
    };
  }
  return error;
}

/** One error handler: AppError and validation errors become `{ error: { code, message, details } }`. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let status: number;
    let body: ErrorBody;
    if (error instanceof AppError) {
      status = error.status;
      body = { error: { code: error.code, message: error.message, details: error.details } };
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldsOf(error);
      const first = Object.entries(fields)[0];
      status = 422;
      body = {
        error: {
          code: "invalid_input",
          message: first
            ? `Please check ${first[0] === "body" ? "the form" : `“${first[0]}”`}: ${first[1]}`
            : "Some of what was sent isn't valid.",
          details: { fields },
        },
      };
    } else if (error.statusCode === 429) {
      status = 429;
      body = {
        error: {
          code: "too_many_requests",
          message: "That's a lot of attempts in a short time. Please wait a minute and try again.",
        },
      };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      const known: Record<number, [string, string]> = {
        413: ["payload_too_large", "That request is too large."],
        415: ["unsupported_media_type", "Please send JSON (Content-Type: application/json)."],
      };
      const [code, message] = known[status] ?? [
        "bad_request",
        "The request couldn't be understood. Please check what was sent.",
      ];
      body = { error: { code, message } };
    } else {
      request.log.error({ err: loggable(error) }, "unexpected error");
      status = 500;
      body = {
        error: {
          code: "internal_error",
          message:
            "Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.",
        },
      };
    }
    if (status >= 400 && status < 500)
      request.log.info({ code: body.error.code }, "request refused");
    return reply.status(status).send(body);
  });
}

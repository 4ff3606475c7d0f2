import { ApiError, type FieldErrors } from "../api/client.ts";

/** The per-field messages of a 422 error, or an empty object. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError ? error.fieldErrors : {};
}

/**
 * The error to show above a form: hide it when every message is already shown
 * under a matching input, so the person doesn't read it twice.
 */
export function formLevelError(error: unknown, shownFields: string[]): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.keys(error.fieldErrors);
  if (fields.length > 0 && fields.every((field) => shownFields.includes(field))) return null;
  return error;
}

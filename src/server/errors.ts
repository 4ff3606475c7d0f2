/** The one error type domain code throws; the error handler turns it into a JSON answer. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string, code = "not_found") =>
  new AppError(code, 404, `We couldn't find that ${what}.`);

export const forbidden = (message = "You don't have permission to do that.") =>
  new AppError("forbidden", 403, message);

export const unauthorized = (message = "Please sign in to continue.") =>
  new AppError("unauthorized", 401, message);

export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(code, 409, message, details);

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(code, 400, message, details);

/**
 * A small fetch wrapper for the Mutual API.
 * Every error from the server has the shape { error: { code, message, details? } };
 * we turn it into an ApiError so pages can show the message to the person.
 */

export interface FieldErrors {
  [field: string]: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Per-field messages from a 422 validation error, if the server sent them. */
  get fieldErrors(): FieldErrors {
    const details = this.details as { fields?: unknown } | undefined;
    const fields = details?.fields;
    if (fields && typeof fields === "object") {
      const out: FieldErrors = {};
      for (const [key, value] of Object.entries(fields)) {
        if (typeof value === "string") out[key] = value;
      }
      return out;
    }
    return {};
  }
}

let csrfToken: string | null = null;

/** Remember the token from GET /api/session (or sign-in) so mutations can send it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** Called when a signed-in request comes back 401, e.g. the session expired. */
let onUnauthorized: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "We couldn't reach the Mutual server. Check your connection and try again.",
    );
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } })
      ?.error;
    if (response.status === 401 && csrfToken && onUnauthorized) onUnauthorized();
    throw new ApiError(
      response.status,
      error?.code ?? "http_error",
      error?.message ?? fallbackMessage(response.status),
      error?.details,
    );
  }
  return data as T;
}

function fallbackMessage(status: number): string {
  if (status === 429)
    return "That was a lot of attempts in a short time. Wait a minute and try again.";
  if (status >= 500) return "Something went wrong on the server. Please try again in a moment.";
  return "That didn't work. Please try again.";
}

export const get = <T>(path: string) => api<T>("GET", path);
export const post = <T>(path: string, body?: unknown) => api<T>("POST", path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>("PATCH", path, body);
export const del = <T = void>(path: string) => api<T>("DELETE", path);

/** A message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong. Please try again.";
}

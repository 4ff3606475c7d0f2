import { z } from "zod";

const kinds: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

/**
 * Plain-language defaults for zod's generic messages (schemas still give their own where it
 * matters). Installed once when the server is assembled.
 */
export function installZodMessages() {
  z.config({
    customError: (issue) => {
      if (issue.code === "invalid_type") {
        if (issue.input === undefined) return "This is required.";
        return `This should be ${kinds[issue.expected] ?? issue.expected}.`;
      }
      if (issue.code === "unrecognized_keys") return "Some of what was sent isn't expected here.";
      if (issue.code === "invalid_value") return "Please choose one of the allowed values.";
      if (issue.code === "too_big" && issue.origin === "string") {
        return `This can be at most ${issue.maximum} characters.`;
      }
      if (issue.code === "too_small" && issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? "This can't be empty."
          : `Use at least ${issue.minimum} characters.`;
      }
      return undefined;
    },
  });
}

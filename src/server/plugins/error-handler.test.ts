import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { loggable } from "./error-handler.ts";

describe("unexpected errors in the log", () => {
  it("keep a failed query's statement and cause but never its values", () => {
    const error = new DrizzleQueryError(
      "insert into people (email, password_hash) values ($1, $2)",
      ["ada@example.test", "$argon2id$secret-hash"],
      new Error("connection reset"),
    );
    const logged = JSON.stringify(loggable(error));
    expect(logged).toContain("insert into people");
    expect(logged).toContain("connection reset");
    expect(logged).not.toContain("ada@example.test");
    expect(logged).not.toContain("secret-hash");
  });

  it("leave other errors as they are", () => {
    const error = new Error("boom");
    expect(loggable(error)).toBe(error);
  });
});

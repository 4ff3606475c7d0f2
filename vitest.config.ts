import { defineConfig } from "vitest/config";

const integration = ["src/**/*.int.test.ts"];

/**
 * Four projects: pure unit tests; integration tests on PGlite and (the same files) on
 * PostgreSQL, each file on its own database cloned from a migrated template; browser journeys.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: integration,
          environment: "node",
        },
      },
      {
        test: {
          name: "pglite",
          include: integration,
          globalSetup: ["src/test/global-setup.ts"],
          env: { TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "postgres",
          include: integration,
          globalSetup: ["src/test/global-setup.ts"],
          env: { TEST_DB: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/schema.ts", "./src/db/schema-programs.ts", "./src/db/schema-relationships.ts"],
  out: "./src/db/migrations",
});

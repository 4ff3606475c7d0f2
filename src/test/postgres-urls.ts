/** The PostgreSQL server tests use: TEST_DATABASE_URL, or the local one on 127.0.0.1:5432. */
export const adminUrl = () =>
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

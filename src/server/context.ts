import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { Role } from "../db/schema.ts";
import type { JobQueue } from "./jobs/queue.ts";

/** Who is acting: always a person inside one organization. */
export type Actor = {
  personId: string;
  organizationId: string;
  role: Role;
};

/** What every domain function receives: the database, services, and (when signed in) the actor. */
export type Services = {
  db: Db;
  config: Config;
  jobs: JobQueue;
};

export type Ctx = Services & { actor: Actor };

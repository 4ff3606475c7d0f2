import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../db/schema.ts";
import {
  enrollmentAnswers,
  enrollmentQuestions,
  enrollments,
  matchingRuns,
  matchProposals,
  mentorRequests,
  notifications,
  preparationCompletions,
  preparationPages,
  relationships,
  rematchRequests,
} from "../db/schema-programs.ts";
import {
  agendaItems,
  checkIns,
  commitments,
  debriefs,
  goalMilestones,
  mentoringSessions,
  relationshipGoals,
  sessionPersonalNotes,
  sessionSharedNotes,
} from "../db/schema-relationships.ts";
import { createSession } from "../modules/auth/sessions.ts";
import { insertProgram } from "../modules/enrollment/test-support.ts";
import { notify } from "../modules/notifications/notify.ts";
import { createTestApp } from "../test/app.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../test/factories.ts";
import { webDist } from "./plugins/web.ts";

/**
 * Tests derived from the route table: every operation in the OpenAPI document is checked for
 * authentication, CSRF, input validation and tenant isolation, so a route added later is covered
 * without anyone remembering to write these tests for it. Where a new route needs a decision
 * (a sample body, how to fill a path parameter) the tests fail until it is made here.
 */

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};
type OpenApiOperation = {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
type Operation = {
  /** "POST /api/people/{personId}/deactivate" */
  key: string;
  method: Method;
  path: string;
  summary: string | undefined;
  isPublic: boolean;
  isMutation: boolean;
  params: string[];
  body: JsonSchema | undefined;
};
type Person = Awaited<ReturnType<typeof createPerson>>;
type Session = { cookie: string; csrfToken: string };
type Payload = { json: unknown } | { raw: string; contentType: string };

const HTTP_METHODS = ["get", "post", "patch", "put", "delete"] as const;
const MUTATIONS = new Set<Method>(["POST", "PATCH", "PUT", "DELETE"]);

/** Adding a public route is a conscious act: it has to be added here too. */
const PUBLIC_OPERATIONS = [
  "GET /api/session",
  "POST /api/setup",
  "POST /api/auth/sign-in",
  "POST /api/auth/password-reset/request",
  "POST /api/auth/password-reset/complete",
  "GET /api/invitations/by-token/{token}",
  "POST /api/invitations/accept",
  "GET /healthz",
  "GET /readyz",
];

// One app for the whole file, built before the tests are collected so that each operation gets
// its own named test.
const t = await createTestApp();
afterAll(() => t.close());
const openApiResponse = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
const doc = openApiResponse.json() as {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], OpenApiOperation>>>;
};

const operations: Operation[] = Object.entries(doc.paths ?? {}).flatMap(([route, item]) =>
  HTTP_METHODS.flatMap((lower) => {
    const op = item[lower];
    if (!op) return [];
    const method = lower.toUpperCase() as Method;
    return [
      {
        key: `${method} ${route}`,
        method,
        path: route,
        summary: op.summary,
        isPublic: Array.isArray(op.security) && op.security.length === 0,
        isMutation: MUTATIONS.has(method),
        params: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
        body: op.requestBody?.content?.["application/json"]?.schema,
      },
    ];
  }),
);
const privateOperations = operations.filter((op) => !op.isPublic);
const mutations = operations.filter((op) => op.isMutation);

/** Every method + path Fastify serves, read from its router (HEAD twins left out). */
function registeredRoutes(): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const stack: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? "").length / 4;
    stack.length = depth;
    stack.push(match[2] ?? "");
    for (const method of match[3]?.split(", ") ?? []) {
      if (method !== "HEAD") routes.push({ method, path: stack.join("") });
    }
  }
  return routes;
}

// ---------------------------------------------------------------------------------------------
// Requests

let requestNumber = 0;
/** Each request comes from its own address so that per-route rate limits never answer instead. */
function nextAddress() {
  requestNumber += 1;
  return `10.${(requestNumber >> 16) & 255}.${(requestNumber >> 8) & 255}.${requestNumber & 255}`;
}

async function send(
  method: Method,
  url: string,
  options: { session?: Session; csrf?: string | null; payload?: Payload; cookie?: string } = {},
) {
  const headers: Record<string, string> = { "x-forwarded-for": nextAddress() };
  const cookie = options.cookie ?? options.session?.cookie;
  if (cookie) headers.cookie = cookie;
  const csrf = options.csrf === undefined ? options.session?.csrfToken : options.csrf;
  if (csrf !== null && csrf !== undefined && method !== "GET") headers["x-csrf-token"] = csrf;
  const inject: InjectOptions = { method, url, headers };
  if (options.payload && "json" in options.payload) {
    headers["content-type"] = "application/json";
    inject.payload = JSON.stringify(options.payload.json);
  } else if (options.payload) {
    headers["content-type"] = options.payload.contentType;
    inject.payload = options.payload.raw;
  }
  const response = await t.app.inject(inject);
  const contentType = String(response.headers["content-type"] ?? "");
  return {
    status: response.statusCode,
    text: response.body,
    contentType,
    json: contentType.includes("json") && response.body ? response.json() : undefined,
  };
}

const fillPath = (op: Operation, values: Record<string, string>) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${op.key}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
const allParams = (op: Operation, value: string) =>
  Object.fromEntries(op.params.map((name) => [name, value]));

/** A session made directly (no argon2); the cookie is signed the way the server signs it. */
async function sessionOf(person: Person, days = 1): Promise<Session> {
  const session = await createSession(t.db, person, days);
  return {
    cookie: `mutual_session=${encodeURIComponent(t.app.signCookie(session.token))}`,
    csrfToken: session.csrfToken,
  };
}

function expectJsonError(
  response: Awaited<ReturnType<typeof send>>,
  context: string,
): asserts response is Awaited<ReturnType<typeof send>> & {
  json: { error: { code: string; message: string } };
} {
  expect(response.contentType, context).toContain("application/json");
  const error = (response.json as { error?: { code?: unknown; message?: unknown } })?.error;
  expect(typeof error?.code, `${context}: ${response.text}`).toBe("string");
  expect(typeof error?.message, `${context}: ${response.text}`).toBe("string");
  const message = String(error?.message);
  // A sentence for a person, not a stack trace or an internal code.
  expect(message, context).toMatch(/^[A-Z“"].*\s.*[a-z]/);
  expect(message, context).not.toMatch(/FST_|ERR_|\[object|at .*\(/);
}

// ---------------------------------------------------------------------------------------------
// Sample bodies: a valid request body for every operation that takes one. A new operation with a
// request body fails the tests below until it gets one here.

type SampleContext = { self: Person };
/** A 1 × 1 PNG, for the photo upload. */
const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const SAMPLE_BODIES: Record<string, (ctx: SampleContext) => Record<string, unknown>> = {
  "POST /api/setup": () => ({
    organizationName: "Another Organization",
    organizationSlug: `another-${randomBytes(3).toString("hex")}`,
    name: "Someone New",
    email: "someone.new@example.test",
    password: "a long enough password",
  }),
  "POST /api/auth/sign-in": ({ self }) => ({ email: self.email, password: TEST_PASSWORD }),
  "POST /api/auth/password-reset/request": ({ self }) => ({ email: self.email }),
  "POST /api/auth/password-reset/complete": () => ({
    token: randomBytes(32).toString("base64url"),
    password: "a brand new password",
  }),
  "POST /api/auth/change-password": () => ({
    currentPassword: TEST_PASSWORD,
    newPassword: "a brand new password",
  }),
  "PATCH /api/me/profile": () => ({ name: "Renamed Person", title: "Mentor", bio: "Hello." }),
  "PATCH /api/people/{personId}/role": () => ({ role: "admin" }),
  "PATCH /api/people/{personId}/work": () => ({ title: "Mentor", department: "Learning" }),
  "PUT /api/me/photo": () => ({ image: TINY_PNG }),
  "POST /api/me/goals": () => ({ text: "Learn to give clear feedback" }),
  "PATCH /api/me/goals/{goalId}": () => ({ text: "Learn to give kind, clear feedback" }),
  "PUT /api/me/goals/order": () => ({ goalIds: [] }),
  "POST /api/objectives": () => ({ title: "Grow our people", description: null }),
  "PATCH /api/objectives/{objectiveId}": () => ({ title: "Grow our people, together" }),
  "POST /api/questionnaire/questions": () => ({
    prompt: "Tea or coffee?",
    options: ["Tea", "Coffee"],
  }),
  "PATCH /api/questionnaire/questions/{questionId}": () => ({ prompt: "Coffee or tea?" }),
  "PUT /api/questionnaire/questions/order": () => ({ questionIds: [] }),
  "PUT /api/me/questionnaire": () => ({ answers: [] }),
  "POST /api/skills": () => ({
    name: `Sample skill ${randomBytes(3).toString("hex")}`,
    category: "Samples",
    description: null,
    synonyms: [`sample synonym ${randomBytes(3).toString("hex")}`],
  }),
  "PATCH /api/skills/{skillId}": () => ({ category: "Samples", description: "A sample." }),
  "POST /api/skills/{skillId}/merge": () => ({ intoSkillId: randomUUID() }),
  "POST /api/skill-proposals": () => ({
    name: `Proposed skill ${randomBytes(3).toString("hex")}`,
  }),
  "POST /api/skill-proposals/{skillId}/approve": () => ({ category: "Samples" }),
  "PUT /api/people/{personId}/skills/offered/{skillId}": () => ({ level: 3, canTeach: true }),
  "PUT /api/people/{personId}/skills/wanted/{skillId}": () => ({ priority: 2 }),
  "POST /api/programs/{slug}/enrollment-questions": () => ({
    kind: "single_choice",
    prompt: "Morning or afternoon?",
    options: ["Morning", "Afternoon"],
  }),
  "PATCH /api/programs/{slug}/enrollment-questions/{enrollmentQuestionId}": () => ({
    prompt: "Afternoon or morning?",
  }),
  "PUT /api/programs/{slug}/enrollment-questions/order": () => ({ questionIds: [] }),
  "PUT /api/programs/{slug}/enrollment": () => ({
    asMentee: true,
    asMentor: false,
    answers: [],
    submit: false,
  }),
  "POST /api/invitations": () => ({
    emails: `new-${randomBytes(3).toString("hex")}@example.test`,
    role: "member",
  }),
  "POST /api/invitations/accept": () => ({
    token: randomBytes(32).toString("base64url"),
    name: "New Member",
    password: "a long enough password",
  }),
  "POST /api/programs": () => ({
    name: `Sample program ${randomBytes(3).toString("hex")}`,
    purpose: "knowledge_transfer",
    addDefaultPreparation: false,
  }),
  "PATCH /api/programs/{slug}": () => ({
    description: "A sample description.",
    durationMonths: 12,
  }),
  "POST /api/programs/{slug}/state": () => ({ to: "running" }),
  "POST /api/programs/{slug}/managers": ({ self }) => ({ personId: self.id }),
  "POST /api/programs/{slug}/preparation": () => ({
    title: "A sample page",
    body: "Read me.",
    audience: "everyone",
  }),
  "PUT /api/programs/{slug}/preparation/order": () => ({ pageIds: [] }),
  "PATCH /api/programs/{slug}/preparation/{pageId}": () => ({ title: "A sample page, edited" }),
  // Every tenant's import has two columns (see createTenant).
  "POST /api/programs/{slug}/mentor-requests": () => ({ mentorIds: [randomUUID()] }),
  "POST /api/mentor-requests/{requestId}/decline": () => ({ reason: "Not this time, sorry." }),
  "POST /api/relationships/{relationshipId}/decline": () => ({ reason: "Not the right time." }),
  "POST /api/relationships/{relationshipId}/rematch": () => ({ category: "schedules" }),
  "POST /api/programs/{slug}/circles": () => ({
    name: "Sample circle",
    facilitatorIds: [randomUUID()],
    memberIds: [randomUUID(), randomUUID()],
  }),
  "POST /api/circles/{relationshipId}/members": () => ({ personId: randomUUID(), role: "member" }),
  "POST /api/relationships/{relationshipId}/sessions": () => ({
    startsAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString(),
    durationMinutes: 45,
    channel: "video",
    channelDetail: "https://meet.example.test/sample",
  }),
  "POST /api/sessions/{sessionId}/reschedule": () => ({
    startsAt: new Date(Date.now() + 4 * 24 * 60 * 60 * 1000).toISOString(),
  }),
  "POST /api/sessions/{sessionId}/attendance": () => ({ tookPlace: false, absentIds: [] }),
  "PUT /api/relationships/{relationshipId}/agreement": () => ({
    cadenceWeeks: 3,
    sessionMinutes: 45,
    channel: "video",
    channelDetail: "https://meet.example.test/sample",
    confidentiality: "What we say stays between us.",
    mentorResponsibilities: "Listen and ask good questions.",
    menteeResponsibilities: "Bring the goals and follow through.",
    endsOn: new Date(Date.now() + 90 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
    earlyEnding: "Either of us can end it kindly, without blame.",
  }),
  "POST /api/relationships/{relationshipId}/agreement/accept": () => ({ version: 1 }),
  "POST /api/relationships/{relationshipId}/goals": () => ({
    title: "A sample goal, specific enough",
    measure: "We will both see it happen",
  }),
  "PATCH /api/relationship-goals/{relationshipGoalId}": () => ({ status: "in_progress" }),
  "POST /api/relationship-goals/{relationshipGoalId}/progress": () => ({ body: "Some progress." }),
  "POST /api/relationship-goals/{relationshipGoalId}/milestones": () => ({ title: "A first step" }),
  "PATCH /api/goal-milestones/{goalMilestoneId}": () => ({ done: true }),
  "POST /api/relationships/{relationshipId}/debriefs": () => ({
    learned: "A sample of what I learned.",
    sharedWithProgram: false,
  }),
  "PATCH /api/debriefs/{debriefId}": () => ({ sharedWithProgram: false }),
  "POST /api/check-ins/{checkInId}/answer": () => ({ goodFit: true, comment: "A sample thought." }),
  "POST /api/relationships/{relationshipId}/close": () => ({ reason: "other" }),
  "POST /api/sessions/{sessionId}/agenda-items": () => ({
    section: "reflect",
    text: "A sample agenda item",
  }),
  "PATCH /api/agenda-items/{agendaItemId}": () => ({ done: true }),
  "PUT /api/sessions/{sessionId}/shared-note": () => ({ body: "Sample notes.", version: 0 }),
  "PUT /api/sessions/{sessionId}/personal-note": () => ({ body: "My sample notes." }),
  "POST /api/sessions/{sessionId}/commitments": () => ({ text: "A sample next step" }),
  "PATCH /api/commitments/{commitmentId}": () => ({ status: "done" }),
  "PUT /api/relationships/{relationshipId}/closure-review": () => ({
    goalsReached: [],
    learned: "A sample of what I learned.",
    appreciation: "Thank you.",
    reason: "other",
    stayInTouch: false,
  }),
  "POST /api/programs/{slug}/matching-runs": () => ({}),
  "POST /api/programs/{slug}/matching-runs/{runId}/locks": () => ({ menteeId: randomUUID() }),
  "POST /api/programs/{slug}/matching-runs/{runId}/swap": () => ({
    menteeIds: [randomUUID(), randomUUID()],
  }),
  "POST /api/programs/{slug}/matching-runs/{runId}/exclusions": () => ({
    menteeId: randomUUID(),
    mentorId: randomUUID(),
  }),
  "POST /api/programs/{slug}/matching-runs/{runId}/publish": () => ({ startProgram: false }),
  "POST /api/people-imports/{importId}/dry-run": () => ({
    mapping: ["email", "fullName"],
    fullSync: false,
    dateOrder: "auto",
  }),
};

function sampleBody(op: Operation, ctx: SampleContext): Payload | undefined {
  if (!op.body) return undefined;
  const make = SAMPLE_BODIES[op.key];
  if (!make) {
    throw new Error(`${op.key} takes a request body: add a valid sample to SAMPLE_BODIES`);
  }
  return { json: make(ctx) };
}

/** The JSON types a property's schema accepts. */
function typesOf(property: JsonSchema): Set<string> {
  const types = new Set<string>();
  const add = (value: unknown) => {
    if (value === null) types.add("null");
    else types.add(typeof value === "number" ? "number" : typeof value);
  };
  if (typeof property.type === "string") types.add(property.type);
  if (Array.isArray(property.type)) for (const type of property.type) types.add(type);
  if (property.enum) for (const value of property.enum) add(value);
  if ("const" in property) add(property.const);
  for (const option of [...(property.anyOf ?? []), ...(property.oneOf ?? [])]) {
    for (const type of typesOf(option)) types.add(type);
  }
  if (types.has("integer")) types.add("number");
  return types;
}

const HUGE = "x".repeat(100_000);

/** Values that the property's schema does not accept. */
function wrongValuesFor(property: JsonSchema): unknown[] {
  const types = typesOf(property);
  if (types.size === 0) return [];
  const values: unknown[] = [];
  if (!types.has("string")) values.push("text where something else belongs");
  if (types.has("string")) values.push(HUGE);
  if (property.enum) values.push("not-one-of-the-choices");
  if (!types.has("number")) values.push(12345);
  if (!types.has("boolean")) values.push(true);
  if (!types.has("null")) values.push(null);
  if (!types.has("array")) values.push(["a", "b"]);
  if (!types.has("object")) values.push({ nested: { deeper: { deepest: [1, { a: 2 }] } } });
  return values;
}

/** Bad requests for one operation: [label, payload, params]. */
function badRequestsFor(op: Operation, self: Person): [string, Payload | undefined, string][] {
  const random = randomUUID();
  const bad: [string, Payload | undefined, string][] = [];
  const sample = sampleBody(op, { self });
  // With a body schema, what is sent is what is wrong. Without one the body is ignored, so the
  // path (a random id) is what makes the request fail; with neither there is nothing to get wrong
  // but the content type.
  if (op.body || op.params.length > 0) {
    bad.push(
      ["no body", undefined, random],
      ["empty JSON body", { raw: "", contentType: "application/json" }, random],
      ["malformed JSON", { raw: '{"a": ', contentType: "application/json" }, random],
      ["an array", { json: [] }, random],
      ["a string", { json: "text" }, random],
      ["a number", { json: 42 }, random],
      ["null", { json: null }, random],
      ["a body over the size limit", { json: { padding: "x".repeat(1_100_000) } }, random],
    );
  }
  if (op.body) {
    const properties = op.body.properties ?? {};
    bad.push([
      "wrong types for every field",
      {
        json: Object.fromEntries(
          Object.entries(properties).map(([name, property]) => [
            name,
            typesOf(property).has("string") ? 12345 : "text",
          ]),
        ),
      },
      random,
    ]);
    bad.push([
      "nested objects for every field",
      {
        json: Object.fromEntries(
          Object.keys(properties).map((name) => [name, { nested: { deeper: { deepest: {} } } }]),
        ),
      },
      random,
    ]);
    const base = sample && "json" in sample ? (sample.json as Record<string, unknown>) : {};
    for (const [name, property] of Object.entries(properties)) {
      for (const value of wrongValuesFor(property)) {
        const label = `${name}: ${typeof value === "string" && value.length > 40 ? `${value.length} characters` : JSON.stringify(value)}`;
        bad.push([label, { json: { ...base, [name]: value } }, random]);
      }
    }
  }
  if (op.params.length > 0) {
    bad.push(["a path parameter that isn't a uuid", sample, "not-a-uuid"]);
    bad.push(["a path parameter that is nobody's uuid", sample, random]);
  }
  const text = sample && "json" in sample ? JSON.stringify(sample.json) : "hello";
  bad.push(["text/plain", { raw: text, contentType: "text/plain" }, random]);
  bad.push([
    "a form",
    { raw: "email=a%40b.test&password=x", contentType: "application/x-www-form-urlencoded" },
    random,
  ]);
  bad.push(["multipart", { raw: "--x--", contentType: "multipart/form-data; boundary=x" }, random]);
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Database snapshots

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
  is(value, PgTable),
);
type Rows = Record<string, unknown>[];

async function rowsOf(query: ReturnType<typeof sql>): Promise<Rows> {
  const result = (await t.db.execute(query)) as unknown as { rows: Rows };
  return result.rows;
}

/** A stable order for a table's rows: its id, or the whole row as text where it has no id. */
const orderOf = (table: PgTable) =>
  Object.values(getTableColumns(table)).some((column) => column.name === "id")
    ? sql`id`
    : sql`${table}::text`;

/** Every row of every table in the schema. */
async function snapshotAll() {
  const snapshot: Record<string, Rows> = {};
  for (const table of tables) {
    snapshot[getTableName(table)] = await rowsOf(
      sql`select * from ${table} order by ${orderOf(table)}`,
    );
  }
  return snapshot;
}

/** Every row that belongs to one organization, in every table that has organization_id. */
async function snapshotOrganization(organizationId: string) {
  const snapshot: Record<string, Rows> = {};
  for (const table of tables) {
    const name = getTableName(table);
    const scoped = Object.values(getTableColumns(table)).some(
      (column) => column.name === "organization_id",
    );
    if (name === "organizations") {
      snapshot[name] = await rowsOf(sql`select * from ${table} where id = ${organizationId}`);
    } else if (scoped) {
      snapshot[name] = await rowsOf(
        sql`select * from ${table} where organization_id = ${organizationId} order by ${orderOf(table)}`,
      );
    }
  }
  expect(Object.keys(snapshot)).toEqual(
    expect.arrayContaining(["organizations", "people", "invitations", "emails"]),
  );
  return snapshot;
}

// ---------------------------------------------------------------------------------------------
// Two organizations with real rows: admins and members from the factories, invitations and
// outbox emails written through the API by each organization's admin.

type Tenant = {
  organization: Awaited<ReturnType<typeof createOrganization>>;
  admin: Person;
  member: Person;
  invitationEmail: string;
  invitationId: string;
  emailId: string;
  goalId: string;
  objectiveId: string;
  questionId: string;
  /** An approved skill the member offers, and a proposal of the member's. */
  skillId: string;
  skillName: string;
  proposalId: string;
  /** An HR file uploaded for import (not applied). */
  importId: string;
  importFileName: string;
  /** An in-app notification for the member. */
  notificationId: string;
  /** A mentee-choice program, and the member's request to the admin as a mentor. */
  choiceProgramSlug: string;
  mentorRequestId: string;
  /** A finished matching run of that program, proposing the admin as the member's mentor. */
  matchingRunId: string;
  /** A preparation page of that program, which the member ticked done. */
  preparationPageId: string;
  /** A question on that program's enrollment form, and the member's private answer to it. */
  enrollmentQuestionId: string;
  enrollmentAnswer: string;
  /** An active match (member mentored by admin) with a rematch request, in the choice program. */
  relationshipId: string;
  rematchRequestId: string;
  /** A goal of that match, its words, and one of its milestones. */
  relationshipGoalId: string;
  relationshipGoalTitle: string;
  goalMilestoneId: string;
  /** The member's private debrief in that match. */
  debriefId: string;
  debriefText: string;
  /** The member's open check-in in that match. */
  checkInId: string;
  /** A session of that match with an agenda item, shared and personal notes, a commitment. */
  sessionId: string;
  agendaItemId: string;
  commitmentId: string;
  sessionWords: string[];
};

async function createTenant(label: string): Promise<Tenant> {
  const id = randomBytes(3).toString("hex");
  const organization = await createOrganization(t.db, {
    name: `${label} Collective ${id}`,
    slug: `${label.toLowerCase()}-${id}`,
  });
  const admin = await createPerson(t.db, {
    organizationId: organization.id,
    role: "admin",
    email: `${label.toLowerCase()}-admin-${id}@${label.toLowerCase()}.test`,
    name: `${label} Admin ${id}`,
  });
  const member = await createPerson(t.db, {
    organizationId: organization.id,
    role: "member",
    email: `${label.toLowerCase()}-member-${id}@${label.toLowerCase()}.test`,
    name: `${label} Member ${id}`,
  });
  const invitationEmail = `${label.toLowerCase()}-invitee-${id}@${label.toLowerCase()}.test`;
  const session = await sessionOf(admin);
  const invited = await send("POST", "/api/invitations", {
    session,
    payload: { json: { emails: invitationEmail } },
  });
  expect(invited.status, invited.text).toBe(201);
  const invitationId = (invited.json as { invited: { id: string }[] }).invited[0]?.id;
  const outbox = await send("GET", "/api/outbox", { session });
  expect(outbox.status, outbox.text).toBe(200);
  const email = (outbox.json as { emails: { id: string; to: string }[] }).emails.find(
    (e) => e.to === invitationEmail,
  );
  if (!invitationId || !email) throw new Error(`no invitation or email for ${label}`);
  // A goal (the member's), an objective and a questionnaire question, written through the API.
  const objective = await send("POST", "/api/objectives", {
    session,
    payload: { json: { title: `${label} objective ${id}` } },
  });
  const question = await send("POST", "/api/questionnaire/questions", {
    session,
    payload: { json: { prompt: `${label} question ${id}?`, options: ["Yes", "No"] } },
  });
  const goal = await send("POST", "/api/me/goals", {
    session: await sessionOf(member),
    payload: { json: { text: `${label} goal ${id}` } },
  });
  const goalId = (goal.json as { goals: { id: string }[] } | undefined)?.goals[0]?.id;
  const objectiveId = (objective.json as { id?: string } | undefined)?.id;
  const questionId = (question.json as { id?: string } | undefined)?.id;
  if (!goalId || !objectiveId || !questionId) {
    throw new Error(`no goal, objective or question for ${label}: ${goal.text} ${objective.text}`);
  }
  const skillName = `${label} skill ${id}`;
  const skill = await send("POST", "/api/skills", {
    session,
    payload: { json: { name: skillName, synonyms: [`${label} craft ${id}`] } },
  });
  const memberSession = await sessionOf(member);
  const proposal = await send("POST", "/api/skill-proposals", {
    session: memberSession,
    payload: { json: { name: `${label} proposal ${id}` } },
  });
  const skillId = (skill.json as { id?: string } | undefined)?.id;
  const proposalId = (proposal.json as { skill?: { id: string } } | undefined)?.skill?.id;
  if (!skillId || !proposalId) throw new Error(`no skill for ${label}: ${skill.text}`);
  const importFileName = `${label.toLowerCase()}-hr-${id}.csv`;
  const uploaded = await send("POST", `/api/people-imports?fileName=${importFileName}`, {
    session,
    payload: {
      raw: `Email,Name\n${label.toLowerCase()}-hr-${id}@${label.toLowerCase()}.test,${label} Hire ${id}\n`,
      contentType: "text/csv",
    },
  });
  const importId = (uploaded.json as { id?: string } | undefined)?.id;
  if (!importId) throw new Error(`no import for ${label}: ${uploaded.text}`);
  const offered = await send("PUT", `/api/people/${member.id}/skills/offered/${skillId}`, {
    session: memberSession,
    payload: { json: { level: 4, canTeach: true } },
  });
  expect(offered.status, offered.text).toBe(200);
  await notify(t.db, {
    organizationId: organization.id,
    personId: member.id,
    kind: "sample",
    title: `${label} notice ${id}`,
  });
  const [notice] = await t.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.personId, member.id));
  const notificationId = notice?.id;
  if (!notificationId) throw new Error(`no notification for ${label}`);
  const choiceProgram = await insertProgram(t.db, {
    organizationId: organization.id,
    slug: `${label.toLowerCase()}-choice-${id}`,
    state: "matching",
    matching: { mode: "choice" },
  });
  const [mentorRequest] = await t.db
    .insert(mentorRequests)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      menteeId: member.id,
      mentorId: admin.id,
      sentAt: new Date(),
      respondBy: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000),
    })
    .returning({ id: mentorRequests.id });
  if (!mentorRequest) throw new Error(`no mentor request for ${label}`);
  const [matchingRun] = await t.db
    .insert(matchingRuns)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      status: "done",
      progress: 100,
      settings: {},
      unmatched: [],
    })
    .returning({ id: matchingRuns.id });
  if (!matchingRun) throw new Error(`no matching run for ${label}`);
  const [preparationPage] = await t.db
    .insert(preparationPages)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      title: `${label} preparation ${id}`,
      body: `${label} page body ${id}`,
    })
    .returning({ id: preparationPages.id });
  if (!preparationPage) throw new Error(`no preparation page for ${label}`);
  await t.db.insert(preparationCompletions).values({
    organizationId: organization.id,
    pageId: preparationPage.id,
    personId: member.id,
  });
  await t.db.insert(matchProposals).values({
    organizationId: organization.id,
    runId: matchingRun.id,
    menteeId: member.id,
    mentorId: admin.id,
    score: 7,
    reasons: [`${label} reason ${id}`],
  });
  const [enrollmentQuestion] = await t.db
    .insert(enrollmentQuestions)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      kind: "long_text",
      prompt: `${label} enrollment question ${id}?`,
    })
    .returning({ id: enrollmentQuestions.id });
  const [enrollment] = await t.db
    .insert(enrollments)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      personId: member.id,
      asMentee: true,
      status: "submitted",
      submittedAt: new Date(),
    })
    .returning({ id: enrollments.id });
  if (!enrollmentQuestion || !enrollment) throw new Error(`no enrollment for ${label}`);
  const enrollmentAnswer = `${label} private answer ${id}`;
  await t.db.insert(enrollmentAnswers).values({
    organizationId: organization.id,
    enrollmentId: enrollment.id,
    questionId: enrollmentQuestion.id,
    value: enrollmentAnswer,
  });
  const [relationship] = await t.db
    .insert(relationships)
    .values({
      organizationId: organization.id,
      programId: choiceProgram.id,
      menteeId: member.id,
      mentorId: admin.id,
      status: "active",
      source: "choice",
      startedAt: new Date(),
    })
    .returning({ id: relationships.id });
  if (!relationship) throw new Error(`no relationship for ${label}`);
  const [rematch] = await t.db
    .insert(rematchRequests)
    .values({
      organizationId: organization.id,
      relationshipId: relationship.id,
      requestedById: member.id,
      reasonCategory: "schedules",
    })
    .returning({ id: rematchRequests.id });
  if (!rematch) throw new Error(`no rematch request for ${label}`);
  const relationshipGoalTitle = `${label} relationship goal ${id}`;
  const [relationshipGoal] = await t.db
    .insert(relationshipGoals)
    .values({
      organizationId: organization.id,
      relationshipId: relationship.id,
      title: relationshipGoalTitle,
      measure: `${label} goal measure ${id}`,
    })
    .returning({ id: relationshipGoals.id });
  if (!relationshipGoal) throw new Error(`no relationship goal for ${label}`);
  const [goalMilestone] = await t.db
    .insert(goalMilestones)
    .values({
      organizationId: organization.id,
      relationshipId: relationship.id,
      goalId: relationshipGoal.id,
      title: `${label} milestone ${id}`,
    })
    .returning({ id: goalMilestones.id });
  if (!goalMilestone) throw new Error(`no goal milestone for ${label}`);
  const debriefText = `${label} private debrief ${id}`;
  const [debrief] = await t.db
    .insert(debriefs)
    .values({
      organizationId: organization.id,
      relationshipId: relationship.id,
      programId: choiceProgram.id,
      personId: member.id,
      learned: debriefText,
    })
    .returning({ id: debriefs.id });
  if (!debrief) throw new Error(`no debrief for ${label}`);
  const [checkIn] = await t.db
    .insert(checkIns)
    .values({
      organizationId: organization.id,
      relationshipId: relationship.id,
      personId: member.id,
      kind: "fit",
      dueAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
    })
    .returning({ id: checkIns.id });
  if (!checkIn) throw new Error(`no check-in for ${label}`);
  const sessionWords = [
    `${label} agenda item ${id}`,
    `${label} shared note ${id}`,
    `${label} personal note ${id}`,
    `${label} commitment ${id}`,
  ] as const;
  const inRelationship = { organizationId: organization.id, relationshipId: relationship.id };
  const [mentoringSession] = await t.db
    .insert(mentoringSessions)
    .values({
      ...inRelationship,
      startsAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
      durationMinutes: 45,
      channel: "video",
      status: "confirmed",
    })
    .returning({ id: mentoringSessions.id });
  if (!mentoringSession) throw new Error(`no session for ${label}`);
  const inSession = { ...inRelationship, sessionId: mentoringSession.id };
  const [agendaItem] = await t.db
    .insert(agendaItems)
    .values({ ...inSession, section: "reflect", text: sessionWords[0], addedById: member.id })
    .returning({ id: agendaItems.id });
  await t.db
    .insert(sessionSharedNotes)
    .values({ ...inSession, body: sessionWords[1], updatedById: member.id });
  await t.db
    .insert(sessionPersonalNotes)
    .values({ ...inSession, personId: member.id, body: sessionWords[2] });
  const [commitment] = await t.db
    .insert(commitments)
    .values({ ...inSession, ownerId: member.id, text: sessionWords[3], createdById: member.id })
    .returning({ id: commitments.id });
  if (!agendaItem || !commitment) throw new Error(`no session work for ${label}`);
  return {
    debriefId: debrief.id,
    debriefText,
    checkInId: checkIn.id,
    sessionId: mentoringSession.id,
    agendaItemId: agendaItem.id,
    commitmentId: commitment.id,
    sessionWords: [...sessionWords],
    relationshipId: relationship.id,
    rematchRequestId: rematch.id,
    relationshipGoalId: relationshipGoal.id,
    relationshipGoalTitle,
    goalMilestoneId: goalMilestone.id,
    enrollmentQuestionId: enrollmentQuestion.id,
    enrollmentAnswer,
    choiceProgramSlug: choiceProgram.slug,
    mentorRequestId: mentorRequest.id,
    matchingRunId: matchingRun.id,
    preparationPageId: preparationPage.id,
    notificationId,
    organization,
    admin,
    member,
    invitationEmail,
    invitationId,
    emailId: email.id,
    goalId,
    objectiveId,
    questionId,
    skillId,
    skillName,
    importId,
    importFileName,
    proposalId,
  };
}

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  a = await createTenant("Aurora");
  b = await createTenant("Borealis");
});

// ---------------------------------------------------------------------------------------------

describe("the API description", () => {
  it("is an OpenAPI 3 document with operations", () => {
    expect(openApiResponse.statusCode).toBe(200);
    expect(openApiResponse.headers["content-type"]).toContain("application/json");
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.map((op) => op.key)).toContain("GET /api/people");
  });

  it("is browsable at /api/docs", async () => {
    const response = await send("GET", "/api/docs");
    expect(response.status).toBe(200);
    expect(response.contentType).toContain("text/html");
    expect(response.text).toMatch(/swagger/i);
  });

  it("gives every operation a summary", () => {
    const missing = operations.filter((op) => !op.summary?.trim()).map((op) => op.key);
    expect(missing).toEqual([]);
  });

  it("lists exactly the expected public operations", () => {
    expect(operations.filter((op) => op.isPublic).map((op) => op.key)).toEqual(
      expect.arrayContaining(PUBLIC_OPERATIONS),
    );
    expect(
      operations
        .filter((op) => op.isPublic)
        .map((op) => op.key)
        .sort(),
    ).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it("documents every route the server answers (so none escapes these tests)", () => {
    // The router names a shared parameter node after any of its routes: compare shapes.
    const shape = (key: string) => key.replace(/\{\w+\}/g, "{}");
    const documented = new Set(operations.map((op) => shape(op.key)));
    const undocumented = registeredRoutes()
      .filter(({ path: route }) => !route.startsWith("/api/docs"))
      .filter(({ path: route }) => route !== "/api/openapi.json")
      // The built web app's files, served as they are.
      .filter(({ method, path: route }) => {
        if (method !== "GET" || route.includes(":") || route.includes("*")) return true;
        const file = path.join(webDist, route);
        return !(fs.existsSync(file) && fs.statSync(file).isFile());
      })
      // A parameter node shared by several routes prints as ":a|:b".
      .map(({ method, path: route }) => `${method} ${route.replace(/:\w+(?:\|:\w+)*/g, "{}")}`)
      .filter((key) => !documented.has(shape(key)));
    expect(undocumented).toEqual([]);
    expect(registeredRoutes().length).toBeGreaterThanOrEqual(operations.length);
  });
});

describe("without a session, every non-public operation answers 401", () => {
  it.each(privateOperations.map((op) => [op.key, op] as const))("%s", async (_, op) => {
    const url = fillPath(op, allParams(op, randomUUID()));
    const deactivated = await createPerson(t.db, {
      organizationId: a.organization.id,
      status: "deactivated",
    });
    const expired = await sessionOf(a.admin, -1);
    const cookies: [string, string | undefined][] = [
      ["no cookie", undefined],
      ["a made-up cookie", "mutual_session=made-up"],
      ["an unsigned cookie", `mutual_session=${randomBytes(32).toString("base64url")}`],
      [
        "a signed cookie for no session",
        `mutual_session=${encodeURIComponent(t.app.signCookie(randomBytes(32).toString("base64url")))}`,
      ],
      ["an expired session", expired.cookie],
      ["a deactivated person's session", (await sessionOf(deactivated)).cookie],
    ];
    const payloads: [string, Payload | undefined][] = [
      ["no body", undefined],
      ["a valid body", sampleBody(op, { self: a.admin })],
    ];
    for (const [cookieLabel, cookie] of cookies) {
      for (const [bodyLabel, payload] of payloads) {
        const context = `${op.key} with ${cookieLabel} and ${bodyLabel}`;
        const response = await send(op.method, url, { cookie, csrf: expired.csrfToken, payload });
        expect(response.status, `${context}: ${response.text}`).toBe(401);
        expect(response.json, context).toEqual({
          error: { code: "unauthorized", message: expect.any(String) },
        });
        expectJsonError(response, context);
      }
    }
  });
});

describe("signed in, every non-public mutation needs the CSRF token", () => {
  let before: Awaited<ReturnType<typeof snapshotAll>>;
  let other: Session;
  // One admin per operation, signed in before the snapshot: a sign-out or password change that
  // slipped through must not end the other operations' sessions.
  const sessions = new Map<string, Session>();
  beforeAll(async () => {
    other = await sessionOf(a.member);
    for (const op of privateOperations) {
      const admin = await createPerson(t.db, { organizationId: a.organization.id, role: "admin" });
      sessions.set(op.key, await sessionOf(admin));
    }
    before = await snapshotAll();
  });

  it.each(privateOperations.filter((op) => op.isMutation).map((op) => [op.key, op] as const))(
    "%s",
    async (_, op) => {
      // The request would succeed with the token: the admin's own organization's ids, a valid body.
      const own: Record<string, string> = {
        personId: a.member.id,
        invitationId: a.invitationId,
        emailId: a.emailId,
        objectiveId: a.objectiveId,
        questionId: a.questionId,
        skillId: a.skillId,
        importId: a.importId,
      };
      const url = fillPath(
        op,
        Object.fromEntries(op.params.map((name) => [name, own[name] ?? randomUUID()])),
      );
      const session = sessions.get(op.key) as Session;
      const headers: [string, string | null][] = [
        ["no x-csrf-token", null],
        ["an empty x-csrf-token", ""],
        ["another session's token", other.csrfToken],
        ["a made-up token", randomBytes(32).toString("base64url")],
      ];
      for (const [label, csrf] of headers) {
        const response = await send(op.method, url, {
          session,
          csrf,
          payload: sampleBody(op, { self: a.admin }),
        });
        expect(response.status, `${op.key} with ${label}: ${response.text}`).toBe(403);
        expectJsonError(response, `${op.key} with ${label}`);
        expect(response.json.error.code).toBe("csrf_failed");
      }
      // Still signed in: a refused request doesn't end the session.
      expect((await send("GET", "/api/me", { session })).status).toBe(200);
    },
  );

  it("changed nothing in the database", async () => {
    expect(await snapshotAll()).toEqual(before);
  });
});

describe("bad input on every mutation answers 4xx with a message, never 5xx", () => {
  let before: Awaited<ReturnType<typeof snapshotAll>>;
  let admin: Session;
  beforeAll(async () => {
    admin = await sessionOf(a.admin);
    before = await snapshotAll();
  });

  it.each(mutations.map((op) => [op.key, op] as const))("%s", async (_, op) => {
    const bad = badRequestsFor(op, a.admin);
    expect(bad.length).toBeGreaterThanOrEqual(3);
    for (const [label, payload, param] of bad) {
      const context = `${op.key} with ${label}`;
      const url = fillPath(op, allParams(op, param));
      const response = await send(op.method, url, { session: admin, payload });
      expect(response.status, `${context}: ${response.text.slice(0, 300)}`).toBeGreaterThanOrEqual(
        400,
      );
      expect(response.status, `${context}: ${response.text.slice(0, 300)}`).toBeLessThan(500);
      expect(response.status, `${context} was rate limited`).not.toBe(429);
      expectJsonError(response, context);
    }
  });

  it("wrote nothing and kept the session", async () => {
    expect(await snapshotAll()).toEqual(before);
    expect((await send("GET", "/api/me", { session: admin })).status).toBe(200);
  });
});

describe("tenant isolation: organization A's people can't reach organization B through any route", () => {
  // How to fill each path parameter with B's rows; a new parameter fails until it is added.
  const FOREIGN_VALUES: Record<string, (tenant: Tenant) => string[] | "skip"> = {
    personId: (tenant) => [tenant.member.id, tenant.admin.id],
    invitationId: (tenant) => [tenant.invitationId],
    emailId: (tenant) => [tenant.emailId],
    goalId: (tenant) => [tenant.goalId],
    objectiveId: (tenant) => [tenant.objectiveId],
    questionId: (tenant) => [tenant.questionId],
    skillId: (tenant) => [tenant.skillId, tenant.proposalId],
    importId: (tenant) => [tenant.importId],
    notificationId: (tenant) => [tenant.notificationId],
    requestId: (tenant) => [tenant.mentorRequestId],
    relationshipId: (tenant) => [tenant.relationshipId],
    rematchRequestId: (tenant) => [tenant.rematchRequestId],
    relationshipGoalId: (tenant) => [tenant.relationshipGoalId],
    goalMilestoneId: (tenant) => [tenant.goalMilestoneId],
    debriefId: (tenant) => [tenant.debriefId],
    checkInId: (tenant) => [tenant.checkInId],
    sessionId: (tenant) => [tenant.sessionId],
    agendaItemId: (tenant) => [tenant.agendaItemId],
    commitmentId: (tenant) => [tenant.commitmentId],
    slug: (tenant) => [tenant.choiceProgramSlug],
    runId: (tenant) => [tenant.matchingRunId],
    pageId: (tenant) => [tenant.preparationPageId],
    enrollmentQuestionId: (tenant) => [tenant.enrollmentQuestionId],
    menteeId: (tenant) => [tenant.member.id],
    mentorId: (tenant) => [tenant.admin.id],
    // Only the hash of an invitation token is stored, so there is no B token to try; the token is
    // its own capability (covered in the invitation tests), not an id that could cross tenants.
    token: () => "skip",
  };

  let before: Awaited<ReturnType<typeof snapshotOrganization>>;
  beforeAll(async () => {
    before = await snapshotOrganization(b.organization.id);
  });

  /** Everything of B's that must never appear in an answer to A. */
  const foreignMarkers = (tenant: Tenant) => [
    tenant.organization.name,
    tenant.organization.slug,
    tenant.organization.id,
    tenant.admin.email,
    tenant.admin.name,
    tenant.admin.id,
    tenant.member.email,
    tenant.member.name,
    tenant.member.id,
    tenant.invitationEmail,
    tenant.invitationId,
    tenant.emailId,
    tenant.goalId,
    tenant.objectiveId,
    tenant.questionId,
    tenant.skillId,
    tenant.skillName,
    tenant.proposalId,
    tenant.importId,
    tenant.importFileName,
    tenant.notificationId,
    tenant.choiceProgramSlug,
    tenant.mentorRequestId,
    tenant.matchingRunId,
    tenant.preparationPageId,
    tenant.enrollmentQuestionId,
    tenant.enrollmentAnswer,
    tenant.relationshipId,
    tenant.rematchRequestId,
    tenant.relationshipGoalId,
    tenant.relationshipGoalTitle,
    tenant.goalMilestoneId,
    tenant.debriefId,
    tenant.debriefText,
    tenant.checkInId,
    tenant.sessionId,
    tenant.agendaItemId,
    tenant.commitmentId,
    ...tenant.sessionWords,
  ];

  /** The URLs to call for an operation: one per combination of B's values for its parameters. */
  function foreignUrls(op: Operation): string[] | "skip" {
    let combinations: Record<string, string>[] = [{}];
    for (const name of op.params) {
      const fill = FOREIGN_VALUES[name];
      if (!fill) {
        throw new Error(
          `${op.key} has a path parameter {${name}}: add to FOREIGN_VALUES how to fill it with another organization's row`,
        );
      }
      const values = fill(b);
      if (values === "skip") return "skip";
      combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
    }
    return combinations.map((values) => fillPath(op, values));
  }

  for (const role of ["admin", "member"] as const) {
    it.each(operations.map((op) => [op.key, op] as const))(`as A's ${role}: %s`, async (_, op) => {
      const self = a[role];
      const urls = foreignUrls(op);
      if (urls === "skip") return;
      for (const url of urls) {
        // A fresh session each time: sign-out or a password change must not affect the next call.
        const session = await sessionOf(self);
        const response = await send(op.method, url, {
          session,
          payload: sampleBody(op, { self }),
        });
        const context = `${op.method} ${url} as A's ${role}: ${response.text.slice(0, 300)}`;
        if (op.params.length > 0) {
          expect([403, 404], context).toContain(response.status);
          expectJsonError(response, context);
        } else if (op.method === "GET") {
          // A list or a view of one's own organization.
          expect([200, 403], context).toContain(response.status);
        } else {
          // A mutation of the actor's own organization (or a public one): whatever it answers,
          // it must not be about B, and B's rows are compared at the end.
          expect(response.status, context).toBeLessThan(500);
        }
        const text = response.text.toLowerCase();
        for (const marker of foreignMarkers(b)) {
          expect(text.includes(marker.toLowerCase()), `${context} mentions ${marker}`).toBe(false);
        }
      }
    });
  }

  it("left every row of B as it was", async () => {
    expect(await snapshotOrganization(b.organization.id)).toEqual(before);
  });

  it("shows B's own people their data (so the checks above aren't vacuous)", async () => {
    const session = await sessionOf(b.admin);
    const people = await send("GET", "/api/people", { session });
    expect(people.text).toContain(b.member.email);
    const invitations = await send("GET", "/api/invitations", { session });
    expect(invitations.text).toContain(b.invitationId);
    const email = await send("GET", `/api/outbox/${b.emailId}`, { session });
    expect(email.status).toBe(200);
    const role = await send("PATCH", `/api/people/${b.member.id}/role`, {
      session,
      payload: { json: { role: "member" } },
    });
    expect(role.status).toBe(200);
    const skills = await send("GET", `/api/people/${b.member.id}/skills`, { session });
    expect(skills.text).toContain(b.skillId);
    const search = await send("GET", `/api/skills?q=${encodeURIComponent(b.skillName)}`, {
      session,
    });
    expect(search.text).toContain(b.skillId);
    const proposals = await send("GET", "/api/skill-proposals", { session });
    expect(proposals.text).toContain(b.proposalId);
    const imported = await send("GET", `/api/people-imports/${b.importId}`, { session });
    expect(imported.text).toContain(b.importFileName);
    const exported = await send("GET", "/api/people/export", { session });
    expect(exported.text).toContain(b.member.email);
    const program = `/api/programs/${b.choiceProgramSlug}`;
    const enrolled = await send("GET", `${program}/enrollments`, { session });
    expect(enrolled.text).toContain(b.member.name);
    const questions = await send("GET", `${program}/enrollment-questions`, { session });
    expect(questions.text).toContain(b.enrollmentQuestionId);
    const own = await send("GET", `${program}/enrollment`, { session: await sessionOf(b.member) });
    expect(own.text).toContain(b.enrollmentAnswer);
    const goals = await send("GET", `/api/relationships/${b.relationshipId}/goals`, {
      session: await sessionOf(b.member),
    });
    expect(goals.text).toContain(b.relationshipGoalTitle);
    expect(goals.text).toContain(b.goalMilestoneId);
  });
});

describe("the directory answers A's questions about B with nothing of B's", () => {
  const markersOf = (tenant: Tenant) => [
    tenant.organization.id,
    tenant.member.id,
    tenant.member.name,
    tenant.admin.id,
    tenant.admin.name,
    tenant.skillId,
    tenant.skillName,
  ];
  const questionsAbout = (tenant: Tenant) => [
    `/api/directory?q=${encodeURIComponent(tenant.member.name)}`,
    `/api/directory?q=${encodeURIComponent(tenant.skillName)}`,
    `/api/directory?offered=${tenant.skillId}`,
    `/api/directory?wanted=${tenant.skillId}`,
    `/api/directory?q=borealis&includeDeactivated=true`,
    `/api/directory/who-can-help?skill=${tenant.skillId}`,
    `/api/directory/who-can-help?skill=${encodeURIComponent(tenant.skillName)}`,
    "/api/directory/filters",
  ];

  for (const role of ["admin", "member"] as const) {
    it(`as A's ${role}`, async () => {
      const session = await sessionOf(a[role]);
      for (const url of questionsAbout(b)) {
        const response = await send("GET", url, { session });
        const context = `${url} as A's ${role}: ${response.text.slice(0, 300)}`;
        expect([200, 403], context).toContain(response.status);
        for (const marker of markersOf(b)) {
          expect(response.text.includes(marker), `${context} mentions ${marker}`).toBe(false);
        }
      }
    });
  }

  it("while B's own people find B's member the same ways (so the checks above aren't vacuous)", async () => {
    const session = await sessionOf(b.admin);
    for (const url of questionsAbout(b).slice(0, 3)) {
      const response = await send("GET", url, { session });
      expect(response.text, url).toContain(b.member.id);
    }
    const help = await send("GET", `/api/directory/who-can-help?skill=${b.skillId}`, { session });
    expect(help.text).toContain(b.member.id);
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/app.ts";
import { TestClient } from "../../test/client.ts";
import { createOrganization, createPerson, TEST_PASSWORD } from "../../test/factories.ts";
import { noticeEmail } from "./email.ts";
import { notify, sendQueuedEmails } from "./notify.ts";

let t: TestApp;
let organizationId: string;
let me: Awaited<ReturnType<typeof createPerson>>;
let client: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await createOrganization(t.db)).id;
  me = await createPerson(t.db, { organizationId, name: "Noor Reader" });
  client = new TestClient(t.app);
  await client.signIn(me.email, TEST_PASSWORD);
});
afterAll(() => t.close());

describe("notifications", () => {
  it("writes an in-app notice and, when asked, an email sent after commit", async () => {
    const emailIds = await t.db.transaction((tx) =>
      notify(tx, {
        organizationId,
        personId: me.id,
        kind: "test.hello",
        title: "Hello there",
        body: "A first notice.",
        link: "/matches",
        email: noticeEmail({
          subject: "Hello from Mutual",
          name: "Noor",
          paragraphs: ["A first notice."],
          link: "http://mutual.test/matches",
          linkLabel: "Open Mutual",
        }),
      }),
    );
    expect(emailIds).toHaveLength(1);
    const [mail] = await t.db.select().from(emails).where(eq(emails.to, me.email));
    expect(mail?.subject).toBe("Hello from Mutual");
    expect(mail?.text).toContain("http://mutual.test/matches");
    expect(mail?.html).toContain("Hi Noor,");
    await sendQueuedEmails(t.jobs, emailIds);
    expect(t.jobs.queued.some((q) => q.job.name === "send-email")).toBe(true);
  });

  it("lists mine unread first, counts unread, and marks one or all read", async () => {
    for (const title of ["Second", "Third"]) {
      await notify(t.db, { organizationId, personId: me.id, kind: "test", title });
    }
    const other = await createPerson(t.db, { organizationId });
    await notify(t.db, { organizationId, personId: other.id, kind: "test", title: "Not yours" });

    expect((await client.get("/api/notifications/unread-count")).body).toEqual({ unread: 3 });
    const first = await client.get("/api/notifications?pageSize=2");
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(3);
    expect(first.body.notifications.map((n: { title: string }) => n.title)).toEqual([
      "Third",
      "Second",
    ]);

    const hello = (await client.get("/api/notifications")).body.notifications.find(
      (n: { title: string }) => n.title === "Hello there",
    );
    expect((await client.post(`/api/notifications/${hello.id}/read`)).status).toBe(204);
    const list = await client.get("/api/notifications");
    expect(list.body.unread).toBe(2);
    // Read ones go to the end.
    expect(list.body.notifications.at(-1)).toMatchObject({ title: "Hello there", read: true });
    expect(list.body.notifications.some((n: { title: string }) => n.title === "Not yours")).toBe(
      false,
    );

    expect((await client.post("/api/notifications/read-all")).body).toEqual({ marked: 2 });
    expect((await client.get("/api/notifications/unread-count")).body).toEqual({ unread: 0 });
  });

  it("doesn't let me mark someone else's notification", async () => {
    const other = await createPerson(t.db, { organizationId });
    await notify(t.db, { organizationId, personId: other.id, kind: "test", title: "Theirs" });
    const otherClient = new TestClient(t.app);
    await otherClient.signIn(other.email, TEST_PASSWORD);
    const theirs = (await otherClient.get("/api/notifications")).body.notifications[0];
    expect((await client.post(`/api/notifications/${theirs.id}/read`)).status).toBe(404);
    expect((await otherClient.get("/api/notifications/unread-count")).body.unread).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { invitationEmail, passwordResetEmail } from "./templates.ts";

const link = "https://mutual.example.org/invite/abc_DEF-123?x=1&y=2";

describe("invitationEmail", () => {
  const email = invitationEmail({
    organizationName: "Tom & Jerry <Ltd>",
    invitedByName: `<script>alert("x")</script>`,
    link,
    expiresInDays: 14,
  });

  it("names the inviter and the organization in the subject, unescaped", () => {
    expect(email.subject).toBe(
      `<script>alert("x")</script> invited you to Tom & Jerry <Ltd> on Mutual`,
    );
  });

  it("escapes names in the HTML part", () => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("Tom & Jerry");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.html).toContain("Tom &amp; Jerry &lt;Ltd&gt;");
    // Only the template's own tags remain.
    const tags = new Set([...email.html.matchAll(/<\/?([a-z!]+)/gi)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["!doctype", "a", "body", "html", "p"]);
  });

  it("puts the link, attribute-escaped, in the HTML button", () => {
    expect(email.html).toContain(
      `href="https://mutual.example.org/invite/abc_DEF-123?x=1&amp;y=2"`,
    );
  });

  it("has a text part with the link on its own line and the expiry", () => {
    expect(email.text.split("\n")).toContain(link);
    expect(email.text).toContain("Accept the invitation:\n");
    expect(email.text).toContain("14 days");
    expect(email.text).toContain(`<script>alert("x")</script> would like you to join`);
    expect(email.text).not.toContain("&lt;");
  });
});

describe("passwordResetEmail", () => {
  it("escapes the name in HTML and carries the link in both parts", () => {
    const email = passwordResetEmail({
      name: "Bob <b>&</b>",
      organizationName: "Acme",
      link: "https://m.example/reset/tok",
      expiresInMinutes: 30,
    });
    expect(email.subject).toBe("Reset your Mutual password for Acme");
    expect(email.html).toContain("Hi Bob &lt;b&gt;&amp;&lt;/b&gt;,");
    expect(email.html).toContain(`href="https://m.example/reset/tok"`);
    expect(email.text.split("\n")).toContain("https://m.example/reset/tok");
    expect(email.text).toContain("30 minutes");
  });
});

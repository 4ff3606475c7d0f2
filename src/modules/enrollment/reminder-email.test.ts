import { describe, expect, it } from "vitest";
import { enrollmentReminderEmail } from "./reminder-email.ts";

describe("the enrollment reminder", () => {
  it("names the program, links to it, and says when it closes, in text and HTML", () => {
    const email = enrollmentReminderEmail({
      name: "Ana",
      programs: [
        { name: "Tea & <Code>", link: "http://m.test/programs/tea/enroll", closesOn: "2026-07-01" },
      ],
    });
    expect(email.subject).toBe("Your place in Tea & <Code> is waiting for you");
    expect(email.text).toContain("Finish enrolling:\nhttp://m.test/programs/tea/enroll");
    expect(email.text).toContain("Enrollment closes on 2026-07-01.");
    expect(email.html).toContain("Tea &amp; &lt;Code&gt;");
    expect(email.html).not.toContain("<Code>");
    expect(email.html).toContain('href="http://m.test/programs/tea/enroll"');
  });

  it("gathers several programs into one email", () => {
    const email = enrollmentReminderEmail({
      name: "Ana",
      programs: [
        { name: "Circles", link: "http://m.test/a", closesOn: null },
        { name: "Pairs", link: "http://m.test/b", closesOn: null },
      ],
    });
    expect(email.text).toContain("enrolling in Circles and Pairs");
    expect(email.text).toContain("Finish enrolling in Pairs:\nhttp://m.test/b");
  });
});

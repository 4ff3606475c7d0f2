import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown.ts";

describe("parseMarkdown", () => {
  it("reads headings, paragraphs and lists", () => {
    expect(
      parseMarkdown(
        "## State an objective\nWrite one thing\ndown.\n\n- first\n- *second*\n\n1. one\n2. two",
      ),
    ).toEqual([
      { type: "heading", level: 3, children: [{ type: "text", text: "State an objective" }] },
      { type: "paragraph", children: [{ type: "text", text: "Write one thing down." }] },
      {
        type: "list",
        ordered: false,
        items: [
          [{ type: "text", text: "first" }],
          [{ type: "em", children: [{ type: "text", text: "second" }] }],
        ],
      },
      {
        type: "list",
        ordered: true,
        items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]],
      },
    ]);
  });

  it("keeps HTML as plain text", () => {
    expect(parseMarkdown("<script>alert(1)</script> <b>hi</b>")).toEqual([
      {
        type: "paragraph",
        children: [{ type: "text", text: "<script>alert(1)</script> <b>hi</b>" }],
      },
    ]);
  });

  it("keeps only safe links", () => {
    expect(parseInline("[ok](https://example.test) and [bad](javascript:alert(1))")).toEqual([
      { type: "link", href: "https://example.test", children: [{ type: "text", text: "ok" }] },
      { type: "text", text: " and " },
      { type: "text", text: "bad" },
      { type: "text", text: ")" },
    ]);
  });

  it("reads bold, italics and code inside a line", () => {
    expect(parseInline("**The mentee** sets `goals`")).toEqual([
      { type: "strong", children: [{ type: "text", text: "The mentee" }] },
      { type: "text", text: " sets " },
      { type: "code", text: "goals" },
    ]);
  });
});

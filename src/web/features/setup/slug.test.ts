import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, suggestSlug } from "./slug.ts";

describe("suggestSlug", () => {
  it("turns an organization name into a URL slug", () => {
    expect(suggestSlug("Analytical Engines")).toBe("analytical-engines");
    expect(suggestSlug("Acme & Co.")).toBe("acme-co");
    expect(suggestSlug("  Café Müller  ")).toBe("cafe-muller");
  });

  it("stays within 40 characters and never ends with a hyphen", () => {
    const slug = suggestSlug("The Very Long Name of an Organization That Keeps Going On");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it("gives nothing for names without letters or digits", () => {
    expect(suggestSlug("!!!")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { answerSchemaFor, checkAnswers, type FormQuestion } from "./answer-schema.ts";

const q = (kind: FormQuestion["kind"], extra: Partial<FormQuestion> = {}): FormQuestion => ({
  id: `q-${kind}`,
  kind,
  prompt: `A ${kind} question`,
  options: kind.endsWith("choice") ? ["Red", "Green", "Blue"] : [],
  required: false,
  ...extra,
});

describe("answers by kind", () => {
  it("takes text for text questions, trimmed and within a length", () => {
    expect(answerSchemaFor(q("short_text")).parse("  hello ")).toBe("hello");
    expect(answerSchemaFor(q("short_text")).safeParse("x".repeat(301)).success).toBe(false);
    expect(answerSchemaFor(q("long_text")).safeParse("x".repeat(4000)).success).toBe(true);
    expect(answerSchemaFor(q("long_text")).safeParse(3).success).toBe(false);
  });

  it("takes one of the options for a single choice", () => {
    expect(answerSchemaFor(q("single_choice")).safeParse("Green").success).toBe(true);
    expect(answerSchemaFor(q("single_choice")).safeParse("Purple").success).toBe(false);
    expect(answerSchemaFor(q("single_choice")).safeParse(["Green"]).success).toBe(false);
  });

  it("takes distinct options for a multiple choice", () => {
    const schema = answerSchemaFor(q("multiple_choice"));
    expect(schema.safeParse(["Red", "Blue"]).success).toBe(true);
    expect(schema.safeParse(["Red", "Purple"]).success).toBe(false);
    expect(schema.safeParse(["Red", "Red"]).success).toBe(false);
    expect(schema.safeParse("Red").success).toBe(false);
  });

  it("takes a whole number from 1 to 5 for a scale", () => {
    const schema = answerSchemaFor(q("scale"));
    for (const n of [1, 3, 5]) expect(schema.safeParse(n).success).toBe(true);
    for (const n of [0, 6, 2.5, "3"]) expect(schema.safeParse(n).success).toBe(false);
  });
});

describe("checking a whole form", () => {
  const form = [
    q("short_text", { required: true, prompt: "What would you like to learn?" }),
    q("scale"),
    q("multiple_choice"),
  ];

  it("lets a draft leave required questions open, but not a submission", () => {
    expect(checkAnswers(form, [], { submitting: false }).ok).toBe(true);
    const submitted = checkAnswers(form, [{ questionId: "q-short_text", value: "  " }], {
      submitting: true,
    });
    expect(submitted).toEqual({
      ok: false,
      errors: { "q-short_text": "Please answer “What would you like to learn?”: it is required." },
    });
  });

  it("gives one message per wrong answer, keyed by question", () => {
    const result = checkAnswers(
      form,
      [
        { questionId: "q-scale", value: 9 },
        { questionId: "q-multiple_choice", value: ["Pink"] },
        { questionId: "elsewhere", value: "x" },
      ],
      { submitting: false },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["elsewhere", "q-multiple_choice", "q-scale"].sort(),
    );
    expect(result.errors["q-scale"]).toMatch(/1 to 5/);
  });

  it("keeps valid answers and drops blank ones", () => {
    const result = checkAnswers(
      form,
      [
        { questionId: "q-short_text", value: "Negotiation" },
        { questionId: "q-multiple_choice", value: [] },
        { questionId: "q-scale", value: 4 },
      ],
      { submitting: true },
    );
    expect(result).toEqual({
      ok: true,
      answers: new Map<string, unknown>([
        ["q-short_text", "Negotiation"],
        ["q-scale", 4],
      ]),
    });
  });
});

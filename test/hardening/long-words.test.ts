import { describe, expect, it } from "vitest";
import { classifyStatement, detectBrillen, detectNiveau, whyQuestions } from "../../src/index";

// Issue 14, items 4 and 6: lens matching and why-questions stay linear within one long word, and
// a run of one letter millions long is classified without a stack overflow. Growth is compared
// between a word and one ten times longer (the fastest of repeated runs: linear time gives a
// ratio near 10, the quadratic matching of before about 100); the bound leaves room for noise.

function fastest(f: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function growth(f: (text: string) => unknown, unit: string): number {
  const small = unit.repeat(1_600 / unit.length);
  const big = unit.repeat(16_000 / unit.length);
  f(small);
  let ratio = Number.POSITIVE_INFINITY;
  // Up to three attempts, keeping the best: a busy machine can spoil one, quadratic fails all.
  for (let attempt = 0; attempt < 3 && ratio >= 30; attempt++) {
    ratio = Math.min(
      ratio,
      fastest(() => f(big), 5) /
        Math.max(
          fastest(() => f(small), 5),
          0.02,
        ),
    );
  }
  return ratio;
}

describe("one long word", () => {
  for (const [name, unit] of [
    ["letters", "a"],
    ["a compound of cue parts", "budgetsubsidie"],
    ["a word ending like a cue", "xerkenning"],
  ] as const) {
    it(`keeps detectBrillen linear in the word's length (${name})`, () => {
      expect(growth((t) => detectBrillen(`${t}werking`, { lang: "nl" }), unit)).toBeLessThan(30);
    });
    it(`keeps whyQuestions linear in the word's length (${name})`, () => {
      expect(growth((t) => whyQuestions(`Wij willen ${t}.`, { lang: "nl" }), unit)).toBeLessThan(
        30,
      );
    });
  }

  // A run of hyphens is read once, whether it is a dash between clauses or not.
  for (const [name, around] of [
    ["spaced, a dash", (t: string) => `Laten we de zaal delen ${t} we zijn bang`],
    ["between words, no dash", (t: string) => `Laten we de zaal delen${t}we zijn bang`],
  ] as const) {
    it(`keeps classifyStatement, detectBrillen and detectNiveau linear in a run of hyphens (${name})`, () => {
      const all = (t: string) => {
        const text = around(t);
        classifyStatement(text, { lang: "nl" });
        detectBrillen(text, { lang: "nl" });
        detectNiveau(text, { lang: "nl" });
      };
      expect(growth(all, "-")).toBeLessThan(30);
    });
  }

  it("classifies a run of one letter 3.4 million long without a stack overflow", () => {
    const text = "a".repeat(3_400_000);
    const c = classifyStatement(text);
    expect(c.lang).toBe("nl");
    expect(c.segments[0]?.end).toBe(text.length);
    expect(detectNiveau(text).niveau).toBe(null);
  }, 20_000);
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRILLEN,
  detectBrillen,
  detectNiveau,
  extendLexicon,
  NIVEAUS,
  whyQuestions,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

// Random statements: free text, and sentences glued from lexicon-like words in both languages,
// Flemish forms and punctuation included, so that cues really fire.
const words = [
  "ik",
  "mijn",
  "onze",
  "wij",
  "samen",
  "elkaar",
  "regio",
  "geld",
  "budget",
  "subsidies",
  "zetel",
  "stem",
  "beslissen",
  "visie",
  "waarden",
  "armoede",
  "vertrouwen",
  "sfeer",
  "buren",
  "da's",
  "nie",
  "ge",
  "I",
  "my",
  "our",
  "together",
  "money",
  "staff",
  "seat",
  "vote",
  "values",
  "trust",
  "neighbours",
  "werkingsbudget",
  "Ééns",
  "?",
  ",",
  "!",
  "the",
  "de",
  "een",
];
const arbText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((ws) => ws.join(" ")),
);
const arbLang = fc.constantFrom(undefined, "nl" as const, "en" as const);
const opts = (lang: "nl" | "en" | undefined) => (lang === undefined ? {} : { lang });

describe("detectBrillen properties", () => {
  it("always lists all four lenses once, sorted by score descending with ties in BRILLEN order", () => {
    fc.assert(
      fc.property(arbText, arbLang, (text, lang) => {
        const r = detectBrillen(text, opts(lang)).ranked;
        expect(r.map((x) => x.bril).sort()).toEqual([...BRILLEN].sort());
        for (let i = 1; i < r.length; i++) {
          const a = r[i - 1];
          const b = r[i];
          if (a === undefined || b === undefined) throw new Error("missing entry");
          expect(a.score).toBeGreaterThanOrEqual(b.score);
          if (a.score === b.score)
            expect(BRILLEN.indexOf(a.bril)).toBeLessThan(BRILLEN.indexOf(b.bril));
        }
      }),
    );
  });

  it("gives finite, non-negative scores", () => {
    fc.assert(
      fc.property(arbText, arbLang, (text, lang) => {
        for (const { score } of detectBrillen(text, opts(lang)).ranked) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("is deterministic and accepts deeply frozen options", () => {
    fc.assert(
      fc.property(arbText, arbLang, (text, lang) => {
        const frozen = deepFreeze({
          ...opts(lang),
          lexicon: extendLexicon({
            nl: { lenses: { add: [{ pattern: "raad*", bril: "politiek", weight: 1 }] } },
          }),
        });
        expect(detectBrillen(text, frozen).ranked).toEqual(detectBrillen(text, frozen).ranked);
      }),
    );
  });
});

describe("detectNiveau properties", () => {
  it("gives finite, non-negative scores and names the highest level, or null when all are 0", () => {
    fc.assert(
      fc.property(arbText, arbLang, (text, lang) => {
        const { niveau, scores } = detectNiveau(text, opts(lang));
        const values = NIVEAUS.map((n) => scores[n]);
        for (const v of values) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        const max = Math.max(...values);
        if (max === 0) expect(niveau).toBeNull();
        else expect(niveau).toBe(NIVEAUS.find((n) => scores[n] === max));
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(arbText, (text) => {
        expect(detectNiveau(text)).toEqual(detectNiveau(text));
      }),
    );
  });
});

describe("whyQuestions properties", () => {
  it("covers the three levels in NIVEAUS order with one question each, at most one in focus", () => {
    fc.assert(
      fc.property(arbText, arbLang, (text, lang) => {
        const qs = whyQuestions(text, opts(lang));
        expect(qs.map((q) => q.niveau)).toEqual([...NIVEAUS]);
        expect(qs.filter((q) => q.focus).length).toBeLessThanOrEqual(1);
        for (const q of qs) {
          expect(q.question.length).toBeGreaterThan(10);
          expect(q.question).not.toContain("{x}");
          expect(q.bril).toBe(qs[0]?.bril);
        }
      }),
    );
  });

  it("is deterministic for frozen positions and uses the lens it is given", () => {
    fc.assert(
      fc.property(arbText, fc.constantFrom(...BRILLEN), arbLang, (text, bril, lang) => {
        const s = deepFreeze({ id: "s", partnerId: "p", text: text.trim() === "" ? "x" : text });
        const a = whyQuestions(s, { ...opts(lang), bril });
        expect(a).toEqual(whyQuestions(s, { ...opts(lang), bril }));
        expect(a.every((q) => q.bril === bril)).toBe(true);
      }),
    );
  });
});

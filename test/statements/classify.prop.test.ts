import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyStatement, classifyStatements, detectLanguage } from "../../src/index";
import { scanWords } from "../../src/internal/scan";
import { normalize, tokenize } from "../../src/internal/tokenize";
import { MIXED } from "../../src/statements/classifier/decide";
import { NO_CUE_CONFIDENCE } from "../../src/statements/classifier/weights";

// The reference definition of a word: letters or digits, with inner apostrophes or hyphens, and
// a comma or full stop between two ASCII digits inside a number ("2,5", "1.500").
// The scanner must find exactly these, without a regular expression of its own.
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|(?<=[0-9])[.,](?=[0-9]))[\p{L}\p{N}]+)*/gu;
const reference = (text: string) =>
  [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: normalize(m[0]),
  }));

// Random statements: free text, and sentences glued from cue-like words, connectives, Flemish
// forms and punctuation, so that cues and splits really happen.
const WORDS = (
  "ik wij we onze mijn vrees hoop bang zorgen wil willen moet moeten kunnen niet nie geen da's " +
  "ge 'k stel voor vraag eis weiger alleen als zolang tegen voor gratis één twee 20 procent " +
  "vertrouwen respect belangrijk dat de het een want omdat zodat dus anders dan om te " +
  "I we our propose demand won't never unless only if against free one two percent " +
  "afraid worried hope must should need trust important because since so that to let's " +
  "maybe could wouldn't it what if why don't laten wat misschien zou beter"
).split(" ");
const PUNCT = [" ", " ", " ", ", ", ". ", "? ", "; ", "! ", " - ", "\n", "", "'"];
const glued = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { maxLength: 40 })
  .map((parts) => parts.map(([w, p]) => w + p).join(""));
const anyText = fc.oneof(
  glued,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);
const langOpt = fc.constantFrom(undefined, "nl" as const, "en" as const);

// Text mixing ASCII, accents, combining marks, curly apostrophes, astral letters and emoji.
const tricky = fc
  .array(
    fc.constantFrom(
      ..."aZ9'-’ .,?éÉëĳß\u0301\u00a0😀𝒜ΩЖ中".split(""),
      "𝒜",
      "😀",
      "Da's",
      "zo’n",
      "co-ouder",
      "--",
      "''",
    ),
    { maxLength: 40 },
  )
  .map((xs) => xs.join(""));

describe("the word scanner", () => {
  it("finds the words of the reference definition, with their normal forms", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tricky), (text) => {
        const s = scanWords(text);
        const t = reference(text);
        expect(s.starts).toEqual(t.map((x) => x.start));
        expect(s.ends).toEqual(t.map((x) => x.end));
        expect(s.words.map((w) => w.norm)).toEqual(t.map((x) => x.norm));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives one record per normal form, however the word is written", () => {
    const s = scanWords("Eén een EEN één Zo’n zo'n");
    expect(s.words[0]).toBe(s.words[1]);
    expect(s.words[1]).toBe(s.words[2]);
    expect(s.words[2]).toBe(s.words[3]);
    expect(s.words[4]).toBe(s.words[5]);
  });

  it("keeps its records while its table grows, and finds every word again", () => {
    const first = scanWords("Zorgboerderij Coördinatie").words;
    // Far more distinct words than the table's first size holds (it doubles several times).
    const many = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`);
    const scanned = scanWords(many.join(" ")).words;
    expect(scanned.map((w) => w.norm)).toEqual(many);
    const again = scanWords("zorgboerderij coordinatie").words;
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    expect(scanWords(many.slice(0, 50).join(" ")).words).toEqual(scanned.slice(0, 50));
  });
});

describe("classifyStatement properties", () => {
  it("puts every cue inside the text, on exactly its own text", () => {
    fc.assert(
      fc.property(anyText, langOpt, (text, lang) => {
        const c = classifyStatement(text, lang === undefined ? {} : { lang });
        for (const q of c.cues) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          // Every cue listed weighs: toward one of the two kinds, or toward neither.
          expect(q.weight).toBeGreaterThanOrEqual(0);
          expect(q.weight > 0 || q.neither !== 0).toBe(true);
        }
      }),
    );
  });

  it("returns segments inside the text, in order, without overlap, on their own text", () => {
    fc.assert(
      fc.property(anyText, langOpt, (text, lang) => {
        const c = classifyStatement(text, lang === undefined ? {} : { lang });
        let prevEnd = 0;
        for (const s of c.segments) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          prevEnd = s.end;
        }
        expect(c.segments.length).toBeLessThanOrEqual(2);
        if (c.segments.length === 2) {
          // A split statement is of the kind its whole score gives, never onbepaald; or a
          // standpunt whose confidence is a split probability of MIXED or more.
          if (c.score > 0) expect(c.kind).toBe("standpunt");
          else if (c.kind === "standpunt") expect(c.confidence).toBeGreaterThanOrEqual(MIXED);
          else expect(c.kind).toBe("belang");
          expect(c.segments.map((s) => s.kind).sort()).toEqual(["belang", "standpunt"]);
        }
      }),
    );
  });

  it("gives a confidence in [0, 1], and onbepaald only without a letter or a cue, or when neither wins", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const c = classifyStatement(text);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        const hasLetter = /\p{L}/u.test(text);
        if (!hasLetter) expect(c.kind).toBe("onbepaald");
        else {
          expect(c.segments.length).toBeGreaterThan(0);
          // Not a single cue: no evidence for either kind (with a fitted model, as built in).
          const noCue = c.segments.length === 1 && c.neither !== null && c.cues.length === 0;
          const neitherWins =
            c.segments.length === 1 && c.neither !== null && c.neither > Math.max(c.score, 0);
          expect(c.kind === "onbepaald").toBe(noCue || neitherWins);
          if (noCue) expect(c.confidence).toBe(NO_CUE_CONFIDENCE);
          // Else the kind chosen among three is at least as likely as a third.
          else expect(c.confidence).toBeGreaterThanOrEqual(1 / 3);
          // The leaning is the kind, or for onbepaald where the score leans.
          if (c.kind === "onbepaald") expect(c.leaning).toBe(c.score > 0 ? "standpunt" : "belang");
          else expect(c.leaning).toBe(c.kind);
        }
      }),
    );
  });

  it("detects the same language as detectLanguage on the same text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const c = classifyStatement(text);
        expect(c.lang).toBe(detectLanguage(text));
      }),
    );
  });

  it("is deterministic and classifyStatements equals mapping classifyStatement", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), langOpt, (texts, lang) => {
        const opts = lang === undefined ? undefined : { lang };
        const one = texts.map((t) => classifyStatement(t, opts));
        expect(texts.map((t) => classifyStatement(t, opts))).toEqual(one);
        expect(classifyStatements(texts, opts)).toEqual(one);
      }),
    );
  });
});

// Scaling: classify inputs of 100 KB and 1 MB and compare the fastest of repeated runs (the
// minimum is the least disturbed by garbage collection and other processes). Linear time gives
// a ratio near 10 for 10x the input; the bound of 25 leaves room for noise but catches
// quadratic behaviour (ratio ~100). The growth is also compared with the growth of merely
// tokenising the same inputs, so a machine that slows down for large inputs cancels out.
function fastest(xs: number[]): number {
  return Math.min(...xs);
}

/** Fastest time per call over `batches` batches of `calls` calls each. */
function timeOf(f: () => unknown, batches: number, calls: number): number {
  const ts: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) f();
    ts.push((performance.now() - t0) / calls);
  }
  return fastest(ts);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe("classifyStatement scaling", () => {
  const inputs: Record<string, string> = {
    statements:
      "Ik vrees dat we de zaal kwijtraken, dus stel ik voor dat de gemeente de huur betaalt. " +
      "We hope the club survives; maybe we could share one van? Wouldn't it make sense? ",
    "one long word": "a",
    "word then punctuation": "aaaa!!!!",
    "many commas": "a,",
    "no spaces": "ikvreesdatwezekwijtraken",
    "cue words only": "moet kunnen niet mee alleen als ",
  };
  for (const [name, unit] of Object.entries(inputs)) {
    it(`takes time linear in the input length (${name})`, () => {
      const small = repeatTo(unit, 100_000);
      const big = repeatTo(unit, 1_000_000);
      classifyStatement(small); // warm up
      // Up to three attempts, keeping the best: a busy machine can spoil one measurement, but
      // quadratic behaviour fails every attempt.
      let growth = Number.POSITIVE_INFINITY;
      let relative = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && (growth >= 25 || relative >= 5); attempt++) {
        const cSmall = timeOf(() => classifyStatement(small), 5, 10);
        const cBig = timeOf(() => classifyStatement(big), 5, 1);
        const tSmall = timeOf(() => tokenize(small), 5, 10);
        const tBig = timeOf(() => tokenize(big), 5, 1);
        // Guarded against timer granularity.
        const g = cBig / Math.max(cSmall, 0.05);
        growth = Math.min(growth, g);
        relative = Math.min(relative, g / Math.max(tBig / Math.max(tSmall, 0.05), 1));
      }
      expect(growth).toBeLessThan(25);
      expect(relative).toBeLessThan(5);
      const c = classifyStatement(big);
      for (const q of c.cues.slice(0, 50)) expect(big.slice(q.start, q.end)).toBe(q.text);
    }, 60_000);
  }
});

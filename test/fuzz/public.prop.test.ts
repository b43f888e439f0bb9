/**
 * Fuzzing every public function (of `samenwerken`, `samenwerken/charts` and
 * `samenwerken/report`) with arbitrary JSON-like values and hostile strings. For every input:
 *
 * - it returns, or throws a SamenwerkingError, TypeError or RangeError with a message, never
 *   another error (and never an error caused by writing to its frozen input);
 * - it never mutates its input (inputs are deep-frozen and compared with a copy afterwards);
 * - it finishes in time proportional to its input: sizes and run counts are bounded so the
 *   whole suite takes seconds, and a quadratic or exponential path would blow that budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as charts from "../../src/charts/index";
import * as lib from "../../src/index";
import * as rep from "../../src/report/index";
import { deepFreeze } from "../support/freeze";

// Cases per property: what test/setup.ts configured from FC_RUNS, as for every property, or 60.
const RUNS = fc.readConfigureGlobal().numRuns ?? 60;

/** Characters that break naive code: controls, zero-width, line separators, astral, lone surrogates. */
const HOSTILE = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u200b",
  "\u200d",
  "\u2028",
  "\u2029",
  "\u202e",
  "\ufeff",
  "\ud800",
  "\udfff",
  "😀",
  "👩‍👩‍👧",
  "\r\n",
  "\t",
  "`",
  "|",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "__proto__",
  "constructor",
  "é",
  "ij",
  "ß",
  "-",
  "1.",
];

/** An arbitrary string: ordinary text, any code points, and hostile pieces, mixed. */
const arbString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom("geld", "Wij willen", "omdat", "netwerk", "jeugd", "budget", " "),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** An arbitrary JSON-like value with hostile strings and keys, and some odd numbers. */
const arbValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, 2 ** 32, Number.NaN, Infinity),
    fc.double(),
    fc.integer(),
    arbString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(arbString, fc.constantFrom("text", "id", "themes", "partners")),
      tie("value"),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** A path into a document and a value to put there: a valid document made slightly wrong. */
function perturb(doc: unknown, choices: readonly number[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let cur: unknown = copy;
  for (const c of choices) {
    if (cur === null || typeof cur !== "object") break;
    const keys = Object.keys(cur);
    if (keys.length === 0) break;
    const key = keys[c % keys.length] as string;
    const next = (cur as Record<string, unknown>)[key];
    if (next === null || typeof next !== "object" || c % 3 === 0) {
      (cur as Record<string, unknown>)[key] = value;
      return copy;
    }
    cur = next;
  }
  return copy;
}

/** A valid collaboration with a history of a few revisions. */
function baseDoc(): lib.Samenwerking {
  const s = lib.exampleSamenwerking();
  if (s.ambition === undefined) return s;
  let a = s.ambition;
  a = lib.reviseAmbition(a, (d) => void d.themes.push("extra"), { by: s.partners[0]?.id ?? "x" });
  a = lib.reviseAmbition(a, (d) => void d.themes.shift(), { by: s.partners[0]?.id ?? "x" });
  return JSON.parse(JSON.stringify({ ...s, ambition: a })) as lib.Samenwerking;
}

const BASE = baseDoc();

/** Near-valid documents: the example with one field replaced by an arbitrary value. */
const arbDoc: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(fc.array(fc.nat(50), { minLength: 1, maxLength: 7 }), arbValue)
    .map(([choices, value]) => perturb(BASE, choices, value)),
  arbValue,
  fc.constant(BASE),
);

/** Near-valid ambitions, including hostile patches. */
const arbPatch = fc.record({
  op: fc.constantFrom("add", "remove", "replace", "move"),
  path: fc.array(
    fc.oneof(
      fc.constantFrom("text", "themes", "belangIds", "length", "-", "__proto__"),
      fc.integer({ min: -2, max: 6 }),
      fc.constantFrom(4294967294, 1e8, 2 ** 31),
    ),
    { maxLength: 3 },
  ),
  value: arbValue,
});
const arbAmbition: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), arbValue)
    .map(([choices, value]) => perturb(BASE.ambition, choices, value)),
  fc
    .tuple(fc.nat(3), fc.array(arbPatch, { maxLength: 3 }), fc.boolean())
    .map(([at, patches, inverse]) => {
      const a = structuredClone(BASE.ambition) as {
        history: { patches: unknown[]; inversePatches: unknown[] }[];
      };
      const entry = a.history[1 + (at % (a.history.length - 1))];
      if (entry !== undefined) {
        if (inverse) entry.inversePatches = patches;
        else entry.patches = patches;
      }
      return a;
    }),
  arbValue,
);

const ALLOWED = (e: unknown): boolean =>
  (lib.isSamenwerkingError(e) || e instanceof TypeError || e instanceof RangeError) &&
  typeof (e as Error).message === "string" &&
  (e as Error).message.length > 0 &&
  // A write to the frozen input shows up as a TypeError: that is a mutation, not a check.
  !/read[- ]only|not extensible|Cannot (add|delete|assign|define)/i.test((e as Error).message);

/** Calls `f` on frozen copies of `args`: returns or throws an allowed error, mutates nothing. */
function check(f: (...args: never[]) => unknown, args: readonly unknown[]): void {
  const frozen = args.map((a) =>
    typeof a === "object" && a !== null ? deepFreeze(structuredClone(a)) : a,
  );
  const before = frozen.map((a) => (typeof a === "object" && a !== null ? structuredClone(a) : a));
  try {
    f(...(frozen as never[]));
  } catch (e) {
    if (!ALLOWED(e)) {
      throw new Error(
        `unexpected ${String((e as Error)?.name)}: ${String((e as Error)?.message)}`,
        {
          cause: e,
        },
      );
    }
  }
  frozen.forEach((a, i) => {
    if (typeof a === "object" && a !== null) expect(a).toEqual(before[i]);
  });
}

const arbOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      lang: fc.constantFrom("nl", "en"),
      format: fc.constantFrom("html", "markdown", "pdf"),
      show: fc.constantFrom("both", "lenses", "partners", "none"),
      idPrefix: fc.oneof(fc.constant("x1"), arbString),
      names: fc.oneof(fc.dictionary(arbString, arbString, { maxKeys: 3 }), arbValue),
      minPartners: fc.oneof(fc.constant(2), arbValue),
      limit: fc.oneof(fc.constant(3), arbValue),
      threshold: fc.oneof(fc.constant(0.5), arbValue),
      space: fc.oneof(fc.constant(2), arbValue),
      minPartLength: fc.oneof(fc.constant(4), arbValue),
      bril: fc.constantFrom("politiek", "zingevend", "nope"),
    },
    { requiredKeys: [] },
  ),
  arbValue,
);

type Fn = (...args: never[]) => unknown;

/** Every public function that takes a document, with how it is called. */
const DOCUMENT_FUNCTIONS: readonly [string, Fn][] = [
  ["parseSamenwerking", lib.parseSamenwerking],
  ["safeParseSamenwerking", lib.safeParseSamenwerking],
  ["serializeSamenwerking", lib.serializeSamenwerking],
  ["ownership", lib.ownership],
  ["themeVocabulary", lib.themeVocabulary],
  ["interestCoverage", lib.interestCoverage],
  ["lensProfile", lib.lensProfile],
  ["suggestWinWin", lib.suggestWinWin],
  ["lensProfileChart", charts.lensProfileChart],
  ["coverageMatrixChart", charts.coverageMatrixChart],
  ["winWinChart", charts.winWinChart],
  ["report", rep.report],
  ["SamenwerkingSchema.safeParse", (x: never) => lib.SamenwerkingSchema.safeParse(x)],
];

describe("every public function on arbitrary documents", () => {
  for (const [name, f] of DOCUMENT_FUNCTIONS) {
    it(`${name} returns or throws a checked error, and mutates nothing`, () => {
      fc.assert(
        fc.property(arbDoc, arbOptions, (doc, options) => check(f, [doc, options])),
        { numRuns: name.endsWith("Chart") || name === "report" ? Math.ceil(RUNS / 2) : RUNS },
      );
    });
  }

  it("charts also take arbitrary analysis results", () => {
    const results = [
      lib.lensProfile(BASE),
      lib.interestCoverage(BASE),
      lib.suggestWinWin(BASE),
    ] as const;
    fc.assert(
      fc.property(
        fc.nat(2),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }),
        arbValue,
        (k, choices, value) => {
          const input = perturb(results[k], choices, value);
          const f = [charts.lensProfileChart, charts.coverageMatrixChart, charts.winWinChart][
            k
          ] as Fn;
          check(f, [input, undefined]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Every public function that takes a string (or a text-like value). */
const TEXT_FUNCTIONS: readonly [string, Fn][] = [
  ["classifyStatement", lib.classifyStatement],
  ["detectBrillen", lib.detectBrillen],
  ["detectNiveau", lib.detectNiveau],
  ["whyQuestions", lib.whyQuestions],
  ["normalizeTheme", lib.normalizeTheme],
  ["safeParseSamenwerkingJson", lib.safeParseSamenwerkingJson],
  ["isLang", lib.isLang],
  ["isBril", lib.isBril],
  ["isNiveau", lib.isNiveau],
  ["isSamenwerkingError", lib.isSamenwerkingError],
];

/** Options for the text functions: the ones the language-pack work does not own (`lang` is left out). */
const arbTextOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.record({ bril: fc.constantFrom("politiek", "zingevend") }, { requiredKeys: [] }),
  fc.constantFrom(null, 1, "x", [], true),
);

describe("every public function on arbitrary strings and values", () => {
  for (const [name, f] of TEXT_FUNCTIONS) {
    it(`${name} returns or throws a checked error`, () => {
      fc.assert(
        fc.property(fc.oneof(arbString, arbValue), arbTextOptions, (text, options) =>
          check(f, [text, options]),
        ),
        { numRuns: RUNS },
      );
    });
  }

  it("themesOf, classifyStatements and extendCueLexicon return or throw a checked error", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record(
            {
              text: fc.oneof(arbString, arbValue),
              themes: fc.oneof(fc.array(arbString, { maxLength: 3 }), arbValue),
            },
            { requiredKeys: ["text"] },
          ),
          arbValue,
        ),
        fc.oneof(fc.array(arbString, { maxLength: 4 }), arbValue),
        arbTextOptions,
        (belang, texts, options) => {
          check(lib.themesOf, [belang, options]);
          check(lib.classifyStatements, [texts, options]);
          check(lib.extendLexicon, [belang]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("the ambition functions on arbitrary ambitions", () => {
  it("ambitionAt, diffAmbition, endorse, withdraw and revise return or throw a checked error", () => {
    fc.assert(
      fc.property(
        arbAmbition,
        fc.oneof(fc.integer({ min: -1, max: 5 }), arbValue),
        arbString,
        (a, r, s) => {
          check(lib.ambitionAt, [a, r]);
          check(lib.diffAmbition, [a, 1, r]);
          check(lib.endorseAmbition, [a, s]);
          check(lib.withdrawEndorsement, [a, s]);
          check(lib.reviseAmbition, [
            a,
            (d: { text: string }) => {
              d.text = s;
            },
            { by: "ocmw" },
          ]);
          check(lib.reviseAmbition, [a, s, r]);
          check(lib.createAmbition, [{ text: s, themes: [s], by: s }]);
          check(lib.createAmbition, [a]);
          check((x: never) => lib.SharedAmbitionSchema.safeParse(x), [a]);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("functions without arguments return", () => {
    check(lib.exampleSamenwerking, []);
    check(lib.samenwerkingJsonSchema, []);
  });
});

import { describe, expect, it } from "vitest";
import { BRILLEN, detectBrillen, detectNiveau, extendLexicon, NIVEAUS } from "../../src/index";
import { en, nl } from "../../src/lang/packs";
import type { LanguagePack } from "../../src/lang/types";
import {
  type CueHit,
  type DetectWord,
  fittedHits,
  visitFeatures,
} from "../../src/statements/detect";
import { lensLexiconCues } from "../../src/statements/detect-bril";
import { leadEnd, levelLexiconCues, namesNoOwner } from "../../src/statements/detect-niveau";
import {
  cuesFingerprint,
  detectorModelSource,
  parseDetectorModel,
  rowOf,
} from "../../src/statements/detector-model";

const LENSES = { labels: BRILLEN, levels: false } as const;
const LEVELS = { labels: NIVEAUS, levels: true } as const;
const HEAD = `@labels ${BRILLEN.join(" ")}\n@cues 0000abcd`;
const LEVEL_HEAD = `@labels ${NIVEAUS.join(" ")}\n@cues 0000abcd`;

describe("parseDetectorModel", () => {
  it("reads label rows, cue patterns (with _ for spaces), words and lead rows", () => {
    const m = parseDetectorModel(
      [
        HEAD,
        "@from:utilitair 1 0 0 0.2",
        "=*budget* 0.5 0 0 0",
        "=elkaar_kennen 0 0 0 1.5",
        "vertrouwen 0 0 0.1 0.9",
      ].join("\n"),
      "test",
      LENSES,
    );
    expect(m.from.get("utilitair")).toEqual([1, 0, 0, 0.2]);
    expect(m.cues.get("*budget*")).toEqual([0.5, 0, 0, 0]);
    expect(m.cues.get("elkaar kennen")).toEqual([0, 0, 0, 1.5]);
    expect(m.words.get("vertrouwen")).toEqual([0, 0, 0.1, 0.9]);
    expect(m.lead).toBe(false);
    expect(m.ownerless).toBeUndefined();
    expect(m.cuesFingerprint).toBe("0000abcd");
    const lv = parseDetectorModel(
      `${LEVEL_HEAD}\n@lead\n@from:^individu 2 0 0\n=^ik 1 0 0\n@ownerless 0 0 0.7`,
      "levels",
      LEVELS,
    );
    expect(lv.lead).toBe(true);
    expect(lv.from.get("^individu")).toEqual([2, 0, 0]);
    expect(lv.cues.get("^ik")).toEqual([1, 0, 0]);
    const words = parseDetectorModel(`${LEVEL_HEAD}\n@lead\n^the 0 1 0`, "levels", LEVELS);
    expect(words.words.get("^the")).toEqual([0, 1, 0]);
    expect(lv.ownerless).toEqual([0, 0, 0.7]);
  });

  const WHERE = "LanguagePack lenses.model (xx)";
  it.each([
    [
      "=*budget* 1 0 0 0",
      /^LanguagePack lenses\.model \(xx\): line 1 .*the first line must be @labels/,
    ],
    [
      "@labels politiek utilitair zingevend relationeel",
      /line 1 .*must name the labels utilitair, politiek/,
    ],
    [`${HEAD}\nbudget 1 0 0`, /line 3 \("budget 1 0 0"\) must be a key and 4 non-negative/],
    [`${HEAD}\nbudget 1 0 0 -1`, /line 3 .* non-negative numbers/],
    [`${HEAD}\nbudget 1  0 0 0`, /separated by one space/],
    [`${HEAD}\n@from:macht 1 0 0 0`, /line 3 .*"macht" is not a label/],
    [`${HEAD}\nbudget 1 0 0 0\nbudget 0 1 0 0`, /line 4 .*given twice/],
    [`${HEAD}\n@ownerles 0 0 5 0`, /line 3 .*"@ownerles" is not a key of a model/],
    [`${HEAD}\n@ownerless 0 0 1 0`, /line 3 .*in a level model only/],
    [`${HEAD}\n@lead`, /line 3 .*in a level model only/],
    [`${HEAD}\n=^budget 1 0 0 0`, /line 3 .*needs the line @lead/],
    [`${HEAD}\n^budget 1 0 0 0`, /line 3 .*needs the line @lead/],
    [`${HEAD}\n@cues 0000abce`, /line 3 .*@cues must be given once/],
    [`@labels ${BRILLEN.join(" ")}\n@cues 12`, /line 2 .*8 hex digits/],
    [
      `@labels ${BRILLEN.join(" ")}`,
      /^LanguagePack lenses\.model \(xx\): the line @cues is missing/,
    ],
    ["", /^LanguagePack lenses\.model \(xx\): the line @labels is missing/],
  ])("refuses %j, naming the place and the rule", (source, message) => {
    expect(() => parseDetectorModel(source, WHERE, LENSES)).toThrow(RangeError);
    expect(() => parseDetectorModel(source, WHERE, LENSES)).toThrow(message);
  });

  it("refuses a second @ownerless in a level model", () => {
    expect(() =>
      parseDetectorModel(`${LEVEL_HEAD}\n@ownerless 0 0 1\n@ownerless 0 0 2`, "w", LEVELS),
    ).toThrow(/line 4 .*given once/);
  });

  it("refuses a model that is not a string", () => {
    expect(() => parseDetectorModel(42, "where", LENSES)).toThrow(TypeError);
  });

  it("writes what it reads: the cues' fingerprint, sorted keys, one decimal, zero rows left out", () => {
    const weights = new Map<string, number[]>([
      ["=elkaar kennen", [0, 0, 0, 1.504]],
      ["@from:utilitair", [1, 0, 0, 0.2]],
      ["niets", [0, 0, 0.04, 0.001]],
      ["budget", [0.333, 0, 0.46, 0]],
    ]);
    const source = detectorModelSource(BRILLEN, "utilitair budget", false, weights);
    expect(source.split("\n")).toEqual([
      `@labels ${BRILLEN.join(" ")}`,
      `@cues ${cuesFingerprint("utilitair budget")}`,
      "=elkaar_kennen 0 0 0 1.5",
      "@from:utilitair 1 0 0 0.2",
      "budget 0.3 0 0.5 0",
    ]);
    const m = parseDetectorModel(source, "t", LENSES);
    expect(m.cues.get("elkaar kennen")).toEqual([0, 0, 0, 1.5]);
    expect(detectorModelSource(NIVEAUS, "x", true, new Map()).split("\n")[2]).toBe("@lead");
  });

  it("fingerprints a lexicon source by its text", () => {
    expect(cuesFingerprint("utilitair budget")).toMatch(/^[0-9a-f]{8}$/);
    expect(cuesFingerprint("utilitair budget")).toBe(cuesFingerprint("utilitair budget"));
    expect(cuesFingerprint("utilitair budget")).not.toBe(cuesFingerprint("politiek budget"));
  });
});

describe("fittedHits", () => {
  const model = parseDetectorModel(
    [
      HEAD,
      "@from:utilitair 1 0 0 0",
      "@from:relationeel 0 0 0 1",
      "=budget 0.5 0.25 0 0",
      "budget 9 9 9 9",
      "vertrouwen 0 0 0.5 1",
    ].join("\n"),
    "t",
    LENSES,
  );
  const words: DetectWord[] = [
    { norm: "meer", start: 0, end: 4 },
    { norm: "budget", start: 5, end: 11 },
    { norm: "en", start: 12, end: 14 },
    { norm: "vertrouwen", start: 15, end: 25 },
  ];
  const hits: CueHit<string>[] = [
    { label: "utilitair", cue: "budget", weight: 2, start: 5, end: 11 },
  ];

  it("adds a cue's label row times its lexicon weight and its own pattern weights, one cue per label", () => {
    const out = fittedHits(words, hits, model, -1);
    expect(out.filter((h) => h.start === 5)).toEqual([
      { label: "utilitair", cue: "budget", weight: 2.5, start: 5, end: 11 },
      { label: "politiek", cue: "budget", weight: 0.25, start: 5, end: 11 },
    ]);
  });

  it("weighs a word only where no cue covers it", () => {
    const out = fittedHits(words, hits, model, -1);
    expect(out.filter((h) => h.start !== 5)).toEqual([
      { label: "zingevend", cue: "vertrouwen", weight: 0.5, start: 15, end: 25 },
      { label: "relationeel", cue: "vertrouwen", weight: 1, start: 15, end: 25 },
    ]);
  });

  it("gives an app's own pattern only its label row, never a built-in pattern's weights", () => {
    const relabelled: CueHit<string>[] = [
      { label: "relationeel", cue: "budget", weight: 2, start: 5, end: 11 },
    ];
    const out = fittedHits(words, relabelled, model, -1, new Set(["budget"]));
    expect(out.filter((h) => h.start === 5)).toEqual([
      { label: "relationeel", cue: "budget", weight: 2, start: 5, end: 11 },
    ]);
  });

  it("reads a cue among the first words by its lead rows when the model has them", () => {
    const lead = parseDetectorModel(
      `${LEVEL_HEAD}\n@lead\n@from:individu 1 0 0\n@from:^individu 3 0 0`,
      "t",
      LEVELS,
    );
    const w: DetectWord[] = [
      { norm: "ik", start: 0, end: 2 },
      { norm: "en", start: 3, end: 5 },
      { norm: "ik", start: 6, end: 8 },
    ];
    const h: CueHit<string>[] = [
      { label: "individu", cue: "ik", weight: 1, start: 0, end: 2 },
      { label: "individu", cue: "ik", weight: 1, start: 6, end: 8 },
    ];
    expect(fittedHits(w, h, lead, 5).map((x) => x.weight)).toEqual([3, 1]);
    // A level model with the line @lead but no lead rows left after pruning: the first words
    // get no rows at all (as fitted), not the plain ones.
    const bare = parseDetectorModel(`${LEVEL_HEAD}\n@lead\n@from:individu 1 0 0`, "t", LEVELS);
    expect(fittedHits(w, h, bare, 5).map((x) => x.weight)).toEqual([1]);
  });

  it("adds a word's lead row to its plain row among the first words only", () => {
    const m = parseDetectorModel(`${LEVEL_HEAD}\n@lead\nthe 0 0 1\n^the 0 2 0`, "t", LEVELS);
    // "The board and the town": the first "the" opens the statement, the second does not.
    const w: DetectWord[] = [
      { norm: "the", start: 0, end: 3 },
      { norm: "board", start: 4, end: 9 },
      { norm: "and", start: 10, end: 13 },
      { norm: "the", start: 14, end: 17 },
      { norm: "town", start: 18, end: 22 },
    ];
    expect(fittedHits(w, [], m, 9)).toEqual([
      { label: "organisatie", cue: "the", weight: 2, start: 0, end: 3 },
      { label: "netwerk", cue: "the", weight: 1, start: 0, end: 3 },
      { label: "netwerk", cue: "the", weight: 1, start: 14, end: 17 },
    ]);
    // Without lead rows (lenses: leadEnd -1), every "the" adds its plain row alone.
    expect(fittedHits(w, [], m, -1).map((x) => x.weight)).toEqual([1, 1]);
  });
});

/** The scores a model gives by the features the fit reads: the weights times the values. */
function byFeatures(
  words: readonly DetectWord[],
  hits: readonly CueHit<string>[],
  source: string,
  shape: typeof LENSES | typeof LEVELS,
): number[] {
  const m = parseDetectorModel(source, "t", shape);
  const out = shape.labels.map(() => 0);
  visitFeatures(words, hits, m.lead ? leadEnd(words) : -1, (features) => {
    for (const f of features) {
      rowOf(m, f.key)?.forEach((w, l) => {
        out[l] = (out[l] as number) + w * f.value;
      });
    }
  });
  if (shape.levels && m.ownerless !== undefined && namesNoOwner(words, hits)) {
    m.ownerless.forEach((w, l) => {
      out[l] = (out[l] as number) + w;
    });
  }
  return out;
}

describe("the built-in fitted weights", () => {
  it.each([
    ["nl", nl],
    ["en", en],
  ] as const)("parse for %s, for both detectors, and belong to the pack's cues", (_, pack) => {
    const lens = parseDetectorModel(pack.lenses.model, "lenses", LENSES);
    const level = parseDetectorModel(pack.levels.model, "levels", LEVELS);
    expect(lens.cuesFingerprint).toBe(cuesFingerprint(pack.lenses.cues));
    expect(level.cuesFingerprint).toBe(cuesFingerprint(pack.levels.cues));
    expect(level.lead).toBe(true);
  });

  it.each([
    ["We hebben meer budget en personeel nodig voor de opvang.", "nl"],
    ["Er is geen vertrouwen meer tussen de twee clubs.", "nl"],
    ["Our members want a fair say in how the money is spent.", "en"],
    ["De bussen rijden te weinig naar de dorpen.", "nl"],
    ["Ik vind dat onze vzw meer inspraak moet krijgen in de regio.", "nl"],
  ] as const)("score %j as the fit reads it, and explain every score by the cues", (text, lang) => {
    const pack = lang === "nl" ? nl : en;
    const lens = detectBrillen(text, { lang });
    const lr = lensLexiconCues(text, { lang });
    const expectedLens = byFeatures(lr.words, lr.hits, pack.lenses.model as string, LENSES);
    BRILLEN.forEach((b, i) => {
      expect(lens.scores[b]).toBeCloseTo(expectedLens[i] as number, 2);
      const sum = lens.cues.filter((c) => c.label === b).reduce((s, c) => s + c.weight, 0);
      expect(lens.scores[b]).toBeCloseTo(sum, 2);
    });
    for (const c of lens.cues) {
      expect(c.weight).toBeGreaterThan(0);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    const level = detectNiveau(text, { lang });
    const vr = levelLexiconCues(text, { lang });
    const expectedLevel = byFeatures(vr.words, vr.hits, pack.levels.model as string, LEVELS);
    const m = parseDetectorModel(pack.levels.model, "levels", LEVELS);
    const ownerless = namesNoOwner(vr.words, vr.hits);
    NIVEAUS.forEach((n, i) => {
      expect(level.scores[n]).toBeCloseTo(expectedLevel[i] as number, 2);
      // A level's score is the sum of its cues, plus the owner-less weights where no owner is named.
      const sum = level.cues.filter((c) => c.label === n).reduce((s, c) => s + c.weight, 0);
      const extra = ownerless ? (m.ownerless?.[i] ?? 0) : 0;
      expect(level.scores[n]).toBeCloseTo(sum + extra, 2);
    });
  });

  it("a pack without fitted weights sums its lexicon weights, as before", () => {
    const plain: LanguagePack = { ...nl, lenses: { cues: nl.lenses.cues } };
    const d = detectBrillen("We hebben meer budget nodig voor personeel.", { lang: plain });
    expect(d.cues.map((c) => [c.text, c.label, c.weight])).toEqual([
      ["budget", "utilitair", 2],
      ["personeel", "utilitair", 2],
    ]);
    expect(d.scores.utilitair).toBe(4);
  });

  it("a pack made from a built-in one with cues of its own does not use the built-in weights", () => {
    const own: LanguagePack = { ...nl, lenses: { ...nl.lenses, cues: "politiek budget*:2\n" } };
    const d = detectBrillen("We hebben meer budget nodig.", { lang: own });
    expect(d.cues.map((c) => [c.text, c.label, c.weight])).toEqual([["budget", "politiek", 2]]);
  });

  it("an app lexicon that relabels a built-in pattern gets no weights of the old label from it", () => {
    const moved = extendLexicon({
      nl: {
        lenses: {
          remove: ["utilitair:budget*", "utilitair:*budget*"],
          add: [{ pattern: "budget*", bril: "politiek", weight: 2 }],
        },
      },
    });
    const d = detectBrillen("Het budget.", { lang: "nl", lexicon: moved });
    const model = parseDetectorModel(nl.lenses.model, "lenses", LENSES);
    const row = model.from.get("politiek") as readonly number[];
    // Only the politiek label row, times the app's weight 2 (in any order: the cues of one
    // word come strongest first).
    const byLabel = (a: readonly unknown[], b: readonly unknown[]): number =>
      String(a[0]).localeCompare(String(b[0]));
    expect(
      d.cues
        .filter((c) => c.text === "budget")
        .map((c) => [c.label, c.weight])
        .sort(byLabel),
    ).toEqual(
      BRILLEN.map((b, i) => [b, Math.round(2 * (row[i] as number) * 1000) / 1000])
        .filter(([, w]) => (w as number) > 0)
        .sort(byLabel),
    );
  });

  it("an app pack's broken model is refused with the place and the rule", () => {
    const broken: LanguagePack = { ...nl, levels: { ...nl.levels, model: "ik 1 0 0" } };
    expect(() => detectNiveau("Ik wil dat.", { lang: broken })).toThrow(
      /LanguagePack levels\.model \(nl\): line 1 .*the first line must be @labels/,
    );
  });
});

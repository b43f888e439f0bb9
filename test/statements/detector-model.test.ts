import { describe, expect, it } from "vitest";
import { BRILLEN, detectBrillen, detectNiveau, NIVEAUS } from "../../src/index";
import { en, nl } from "../../src/lang/packs";
import type { LanguagePack } from "../../src/lang/types";
import { type CueHit, type DetectWord, fittedHits } from "../../src/statements/detect";
import { detectorModelSource, parseDetectorModel } from "../../src/statements/detector-model";

const LENSES_LINE = `@labels ${BRILLEN.join(" ")}`;

describe("parseDetectorModel", () => {
  it("reads label rows, cue patterns (with _ for spaces), words and lead marks", () => {
    const m = parseDetectorModel(
      [
        LENSES_LINE,
        "@from:utilitair 1 0 0 0.2",
        "=*budget* 0.5 0 0 0",
        "=elkaar_kennen 0 0 0 1.5",
        "vertrouwen 0 0 0.1 0.9",
      ].join("\n"),
      "test",
      BRILLEN,
    );
    expect(m.from.get("utilitair")).toEqual([1, 0, 0, 0.2]);
    expect(m.cues.get("*budget*")).toEqual([0.5, 0, 0, 0]);
    expect(m.cues.get("elkaar kennen")).toEqual([0, 0, 0, 1.5]);
    expect(m.words.get("vertrouwen")).toEqual([0, 0, 0.1, 0.9]);
    expect(m.lead).toBe(false);
    expect(m.ownerless).toBeUndefined();
    const lv = parseDetectorModel(
      `@labels ${NIVEAUS.join(" ")}\n@from:^individu 2 0 0\n=^ik 1 0 0\n@ownerless 0 0 0.7`,
      "levels",
      NIVEAUS,
    );
    expect(lv.lead).toBe(true);
    expect(lv.from.get("^individu")).toEqual([2, 0, 0]);
    expect(lv.ownerless).toEqual([0, 0, 0.7]);
  });

  it.each([
    ["=*budget* 1 0 0 0", /line 1 .*the first line must be @labels/],
    [
      "@labels politiek utilitair zingevend relationeel",
      /must name the labels utilitair, politiek/,
    ],
    [`${LENSES_LINE}\nbudget 1 0 0`, /line 2 \("budget 1 0 0"\) must be a key and 4 non-negative/],
    [`${LENSES_LINE}\nbudget 1 0 0 -1`, /line 2 .* non-negative numbers/],
    [`${LENSES_LINE}\nbudget 1  0 0 0`, /separated by one space/],
    [`${LENSES_LINE}\n@from:macht 1 0 0 0`, /"macht" is not a label/],
    [`${LENSES_LINE}\nbudget 1 0 0 0\nbudget 0 1 0 0`, /line 3 .*given twice/],
    ["", /the line @labels is missing/],
  ])("refuses %j, naming the place and the rule", (source, message) => {
    expect(() => parseDetectorModel(source, "LanguagePack lenses.model (xx)", BRILLEN)).toThrow(
      RangeError,
    );
    expect(() => parseDetectorModel(source, "LanguagePack lenses.model (xx)", BRILLEN)).toThrow(
      message,
    );
  });

  it("refuses a model that is not a string", () => {
    expect(() => parseDetectorModel(42, "where", BRILLEN)).toThrow(TypeError);
  });

  it("writes what it reads: sorted keys, two decimals, vectors of zeros left out", () => {
    const weights = new Map<string, number[]>([
      ["=elkaar kennen", [0, 0, 0, 1.504]],
      ["@from:utilitair", [1, 0, 0, 0.2]],
      ["niets", [0, 0, 0, 0.001]],
      ["budget", [0.333, 0, 0, 0]],
    ]);
    const source = detectorModelSource(BRILLEN, weights);
    expect(source.split("\n")).toEqual([
      LENSES_LINE,
      "=elkaar_kennen 0 0 0 1.5",
      "@from:utilitair 1 0 0 0.2",
      "budget 0.33 0 0 0",
    ]);
    expect(parseDetectorModel(source, "t", BRILLEN).cues.get("elkaar kennen")).toEqual([
      0, 0, 0, 1.5,
    ]);
  });
});

describe("fittedHits", () => {
  const model = parseDetectorModel(
    [
      LENSES_LINE,
      "@from:utilitair 1 0 0 0",
      "@from:relationeel 0 0 0 1",
      "=budget 0.5 0.25 0 0",
      "budget 9 9 9 9",
      "vertrouwen 0 0 0.5 1",
    ].join("\n"),
    "t",
    BRILLEN,
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

  it("reads a cue among the first words by its lead rows when the model has them", () => {
    const lead = parseDetectorModel(
      `@labels ${NIVEAUS.join(" ")}\n@from:individu 1 0 0\n@from:^individu 3 0 0`,
      "t",
      NIVEAUS,
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
  });
});

describe("the built-in fitted weights", () => {
  it.each([
    ["nl", nl],
    ["en", en],
  ] as const)("parse for %s, for both detectors", (_, pack) => {
    expect(typeof pack.lenses.model).toBe("string");
    expect(typeof pack.levels.model).toBe("string");
    expect(() => parseDetectorModel(pack.lenses.model, "lenses", BRILLEN)).not.toThrow();
    expect(() => parseDetectorModel(pack.levels.model, "levels", NIVEAUS)).not.toThrow();
  });

  it.each([
    "We hebben meer budget en personeel nodig voor de opvang.",
    "Er is geen vertrouwen meer tussen de twee clubs.",
    "Our members want a fair say in how the money is spent.",
  ])("explain every score by the cues: %j", (text) => {
    const lens = detectBrillen(text);
    for (const b of BRILLEN) {
      const sum = lens.cues.filter((c) => c.label === b).reduce((s, c) => s + c.weight, 0);
      expect(lens.scores[b]).toBeCloseTo(sum, 2);
    }
    for (const c of lens.cues) {
      expect(c.weight).toBeGreaterThan(0);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
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

  it("an app pack's broken model is refused with the place and the rule", () => {
    const broken: LanguagePack = { ...nl, levels: { ...nl.levels, model: "ik 1 0 0" } };
    expect(() => detectNiveau("Ik wil dat.", { lang: broken })).toThrow(
      /LanguagePack levels\.model \(nl\): line 1 .*the first line must be @labels/,
    );
  });
});

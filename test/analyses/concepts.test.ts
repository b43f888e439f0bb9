import { describe, expect, it } from "vitest";
import { similarPairs } from "../../src/analyses/embeddings";
import { coverageMatrixChart, winWinChart } from "../../src/charts/index";
import {
  conceptsOf,
  createAmbition,
  extendLexicon,
  interestCoverage,
  suggestWinWin,
} from "../../src/index";
import { seededRandom } from "../../src/internal/random";
import { conceptVocabulary, builtInConcepts as vocabulary } from "../../src/lang/concepts";
import { report } from "../../src/report/index";
import { deepFreeze } from "../support/freeze";

describe("conceptsOf", () => {
  it("gives the concepts a text evokes with the words that evoked them", () => {
    const text = "Jonge boeren vinden geen grond.";
    const c = conceptsOf(text, { vocabulary }).find((x) => x.concept === "young-farmers");
    expect(c?.words).toEqual([{ text: "Jonge boeren", start: 0, end: 12, cue: "jonge boeren" }]);
    expect(c?.field).toBe("agriculture");
  });

  it("reaches one concept from Dutch and English", () => {
    const nl = conceptsOf("Onze vrijwilligers haken af.", { vocabulary }).map((c) => c.concept);
    const en = conceptsOf("Our volunteers drop out.", { vocabulary, lang: "en" }).map(
      (c) => c.concept,
    );
    expect(nl).toContain("volunteering");
    expect(en).toContain("volunteering");
  });

  it("does not split a known word, and lets an ambiguous word evoke nothing alone", () => {
    expect(conceptsOf("landbouw", { vocabulary }).map((c) => c.concept)).toContain("agriculture");
    expect(conceptsOf("De bank", { vocabulary, lang: "nl" })).toEqual([]);
  });

  it("reads compound parts and splits unknown compounds against the vocabulary", () => {
    const parts = conceptsOf("De mantelzorgpremie", { vocabulary, lang: "nl" }).map(
      (c) => c.concept,
    );
    expect(parts.length).toBeGreaterThan(0);
    const split = conceptsOf("vrijwilligersbudgetje", {
      vocabulary,
      lang: "nl",
      known: ["budgetje"],
    });
    expect(split.map((c) => c.concept)).toContain("volunteering");
  });

  it("takes an app's sector words, and checks them", () => {
    const lexicon = extendLexicon({
      nl: {
        concepts: {
          add: [
            { pattern: "hoevezuivel", concept: "farm-dairy", weight: 1, broader: ["agriculture"] },
          ],
        },
      },
    });
    const c = conceptsOf("Meer hoevezuivel", { vocabulary, lang: "nl", lexicon }).find(
      (x) => x.concept === "farm-dairy",
    );
    expect(c).toMatchObject({ concept: "farm-dairy", field: null, broader: ["agriculture"] });
    expect(() =>
      extendLexicon({
        nl: { concepts: { add: [{ pattern: "x", concept: "Bad Id", weight: 1 }] } },
      }),
    ).toThrow("lexicon.nl.concepts.add[0].concept");
    expect(() =>
      extendLexicon({
        nl: {
          concepts: {
            add: [{ pattern: "x", concept: "a", weight: 1, broader: [1] as unknown as string[] }],
          },
        },
      }),
    ).toThrow("lexicon.nl.concepts.add[0].broader");
    const replaced = extendLexicon({ nl: { concepts: { replace: true, add: [] } } });
    expect(conceptsOf("landbouw", { vocabulary, lang: "nl", lexicon: replaced })).toEqual([]);
  });

  it("refuses a text that is not a string and bad options", () => {
    expect(() => conceptsOf(1 as unknown as string, { vocabulary })).toThrow(TypeError);
    expect(() => conceptsOf("x", null as unknown as { vocabulary: typeof vocabulary })).toThrow(
      TypeError,
    );
    // No vocabulary, no concepts: the library bundles none by itself.
    expect(() => conceptsOf("x", {} as { vocabulary: typeof vocabulary })).toThrow(
      "conceptsOf: options.vocabulary",
    );
    expect(() =>
      conceptsOf("x", { vocabulary: { graph: "", langs: { nl: { terms: "", ambiguous: "" } } } }),
    ).toThrow("conceptVocabulary({ graph, langs })");
    expect(() => conceptVocabulary({ graph: "", langs: { nl: { terms: 1 } } } as never)).toThrow(
      "conceptVocabulary.langs.nl",
    );
  });

  it("reads an app's own vocabulary, and nothing for a language it has no terms for", () => {
    const own = conceptVocabulary({
      graph: "farm-dairy agriculture",
      langs: { nl: { terms: "farm-dairy hoevezuivel", ambiguous: "" } },
    });
    expect(conceptsOf("Meer hoevezuivel", { vocabulary: own, lang: "nl" })).toMatchObject([
      { concept: "farm-dairy", field: "agriculture", broader: [] },
    ]);
    expect(conceptsOf("More farm dairy", { vocabulary: own, lang: "en" })).toEqual([]);
  });
});

const partner = (id: string) => ({ id, name: id, brillen: ["utilitair" as const] });

/** A Dutch and an English belang about unheard volunteers (the English one at `portNiveau`), and one about parking. */
const volunteersAndParking = (portNiveau: "netwerk" | "organisatie") => [
  {
    id: "b1",
    partnerId: "boeren",
    niveau: "netwerk" as const,
    text: "Onze vrijwilligers haken af omdat ze zich niet gehoord voelen.",
  },
  {
    id: "b2",
    partnerId: "port",
    niveau: portNiveau,
    text: "Our volunteers feel that nobody listens to them.",
  },
  {
    id: "b3",
    partnerId: "stad",
    niveau: "individu" as const,
    text: "Het parkeerbeleid in het centrum.",
  },
];

describe("suggestWinWin with concepts and embeddings", () => {
  const s = deepFreeze({
    partners: [partner("boeren"), partner("port"), partner("stad")],
    belangen: volunteersAndParking("netwerk"),
    standpunten: [],
  });

  it("meets on words only, as before, without a concept vocabulary", () => {
    const r = suggestWinWin(s);
    expect(r.intersections).toEqual([]);
    expect(r.plan.partnersNotReached).toEqual(["boeren", "port", "stad"]);
  });

  it("lets a Dutch and an English belang meet on a concept, saying what joined each", () => {
    const r = suggestWinWin(s, { concepts: vocabulary });
    const x = r.intersections.find((i) => i.concepts?.includes("volunteering"));
    expect(x?.partnerIds).toEqual(["boeren", "port"]);
    const join = x?.members?.[0]?.joins.find(
      (j) => j.kind === "concept" && j.concept === "volunteering",
    );
    expect(join).toMatchObject({ kind: "concept", words: [{ text: "vrijwilligers" }] });
  });

  it("groups belangen by app-supplied embeddings, and checks them", () => {
    const vectors = new Map<string, number[]>([
      ["b1", [1, 0, 0]],
      ["b3", [0.95, 0.1, 0]],
    ]);
    const r = suggestWinWin(s, { embeddings: { vectors, threshold: 0.9 } });
    const x = r.intersections.find((i) =>
      i.members?.some((m) => m.joins[0]?.kind === "similarity"),
    );
    expect(x?.belangIds).toEqual(["b1", "b3"]);
    expect(x?.concepts).toEqual([]);
    expect(x?.members?.[0]?.joins[0]).toMatchObject({ kind: "similarity", with: "b3" });
    expect(() =>
      suggestWinWin(s, { embeddings: { vectors: {} as Map<string, number[]>, threshold: 0.5 } }),
    ).toThrow(TypeError);
    expect(() => suggestWinWin(s, { embeddings: { vectors, threshold: 2 } })).toThrow(RangeError);
    expect(() => suggestWinWin(s, { concepts: {} as typeof vocabulary })).toThrow(
      "suggestWinWin: options.concepts",
    );
    const bad = new Map([
      ["b1", [1, 0]],
      ["b2", [1, 0, 0]],
    ]);
    expect(() => suggestWinWin(s, { embeddings: { vectors: bad, threshold: 0.5 } })).toThrow(
      "has 3 numbers",
    );
    expect(() =>
      suggestWinWin(s, {
        embeddings: { vectors: new Map([["b1", [Number.NaN]]]), threshold: 0.5 },
      }),
    ).toThrow(RangeError);
    expect(() =>
      suggestWinWin(s, {
        embeddings: { vectors: new Map([["b1", 3 as unknown as number[]]]), threshold: 0.5 },
      }),
    ).toThrow(TypeError);
  });
});

describe("similarPairs", () => {
  function planted(
    n: number,
    dims: number,
    seed: number,
  ): { vectors: Float32Array[]; cluster: number[] } {
    const rand = seededRandom(seed);
    const g = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const vectors: Float32Array[] = [];
    const cluster: number[] = [];
    for (let c = 0; vectors.length < n; c++) {
      const centre = Float32Array.from({ length: dims }, g);
      for (let k = 0; k < 5 && vectors.length < n; k++) {
        vectors.push(Float32Array.from(centre, (v) => v + 0.35 * g()));
        cluster.push(c);
      }
    }
    return { vectors, cluster };
  }

  it("finds exactly the planted pairs on a small input", () => {
    const { vectors, cluster } = planted(200, 32, 1);
    const pairs = similarPairs(vectors, 0.8);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(cluster[p.a]).toBe(cluster[p.b]);
  });

  it("finds at least 95% of the exact pairs with LSH on a large input, and none that is not", () => {
    const { vectors, cluster } = planted(4000, 64, 2);
    const exact = new Set<string>();
    const dot = (a: Float32Array, b: Float32Array): number => {
      let s = 0;
      let na = 0;
      let nb = 0;
      for (let k = 0; k < a.length; k++) {
        s += (a[k] as number) * (b[k] as number);
        na += (a[k] as number) ** 2;
        nb += (b[k] as number) ** 2;
      }
      return s / Math.sqrt(na * nb);
    };
    for (let i = 0; i < vectors.length; i++)
      for (let j = i + 1; j < vectors.length && cluster[j] === cluster[i]; j++)
        if (dot(vectors[i] as Float32Array, vectors[j] as Float32Array) >= 0.8)
          exact.add(`${i}|${j}`);
    const pairs = similarPairs(vectors, 0.8);
    const hit = pairs.filter((p) => exact.has(`${p.a}|${p.b}`)).length;
    expect(hit / exact.size).toBeGreaterThanOrEqual(0.95);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.8);
    expect(similarPairs([], 0.5)).toEqual([]);
  });
});

describe("coverage, charts and report with concepts", () => {
  const s = deepFreeze({
    partners: [partner("boeren"), partner("port"), partner("stad")],
    belangen: volunteersAndParking("organisatie"),
    standpunten: [],
    ambition: createAmbition({ text: "Every volunteer of the network is heard.", by: "stad" }),
  });

  it("counts a belang served when it meets the ambition on a concept, in either language", () => {
    const words = interestCoverage(s);
    expect(words.byNiveau.netwerk.unservedBelangen).toEqual(["b1"]);
    expect(words.ambitionConcepts).toBeUndefined();
    const c = interestCoverage(s, { concepts: vocabulary });
    expect(c.byNiveau.netwerk.unservedBelangen).toEqual([]);
    expect(c.byNiveau.organisatie.unservedBelangen).toEqual([]);
    expect(c.byNiveau.individu.unservedBelangen).toEqual(["b3"]);
    expect(c.ambitionConcepts).toContain("volunteering");
    expect(() => interestCoverage(s, { concepts: {} as typeof vocabulary })).toThrow(
      "interestCoverage: options.concepts",
    );
    expect(() => interestCoverage(s, null as unknown as object)).toThrow(TypeError);
  });

  it("shows the shared concepts in the win-win chart and the report, and none without them", () => {
    expect(winWinChart(s, { lang: "en", winWin: { concepts: vocabulary } })).toContain(
      "volunteering",
    );
    expect(winWinChart(s, { lang: "en" })).not.toContain("volunteering");
    expect(coverageMatrixChart(s, { lang: "en", coverage: { concepts: vocabulary } })).toContain(
      "<svg",
    );
    for (const format of ["html", "markdown"] as const) {
      expect(report(s, { lang: "en", format, concepts: vocabulary })).toContain("volunteering");
      expect(report(s, { lang: "en", format })).not.toContain("volunteering");
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  type Belang,
  type Bril,
  exampleSamenwerking,
  type Niveau,
  type Samenwerking,
  suggestWinWin,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const partner = (id: string, ...brillen: Bril[]) => ({ id, name: id, brillen });
const belang = (
  id: string,
  partnerId: string,
  niveau: Niveau,
  themes: string[],
  extra: Partial<Belang> = {},
): Belang => ({ id, partnerId, niveau, text: themes.join(" "), themes, ...extra });

/**
 * jeugd: a, b, c — sport: a, b — cultuur: a, c — mobiliteit: d only; e has no belang.
 */
const s: Samenwerking = deepFreeze({
  partners: [
    partner("e", "zingevend"),
    partner("d", "utilitair"),
    partner("c", "relationeel", "zingevend"),
    partner("b", "politiek"),
    partner("a", "utilitair"),
  ],
  belangen: [
    belang("a1", "a", "individu", ["jeugd", "sport"], { weight: 2, bril: "zingevend" }),
    belang("b1", "b", "organisatie", ["Jeugd", "sport"]),
    belang("c1", "c", "netwerk", ["jeugd", "cultuur"]),
    belang("a2", "a", "netwerk", ["cultuur"]),
    belang("d1", "d", "individu", ["mobiliteit"]),
  ],
  standpunten: [],
});

describe("suggestWinWin", () => {
  const r = suggestWinWin(s);

  it("finds every theme shared by at least two partners, with its belangen, levels and lenses", () => {
    expect(r.candidates).toBe(3);
    expect(r.intersections.map((i) => i.themes)).toEqual([["jeugd"], ["sport"], ["cultuur"]]);
    expect(r.intersections[0]).toEqual({
      themes: ["jeugd"],
      partnerIds: ["a", "b", "c"],
      belangIds: ["a1", "b1", "c1"],
      niveaus: ["individu", "organisatie", "netwerk"],
      brillen: ["politiek", "zingevend", "relationeel"],
      score: expect.any(Number),
    });
    expect(r.intersections[2]).toMatchObject({
      partnerIds: ["a", "c"],
      belangIds: ["a2", "c1"],
      niveaus: ["netwerk"],
      brillen: ["utilitair", "zingevend", "relationeel"],
    });
  });

  it("scores partners + (2 · span + mean weight / 10) / 3", () => {
    // jeugd: 3 partners, 3 levels, 3 lenses, weights 2, 1, 1
    const span = (3 / 3 + 3 / 4) / 2;
    expect(r.intersections[0]?.score).toBeCloseTo(3 + (2 * span + 4 / 3 / 10) / 3, 12);
    // sport: 2 partners, 2 levels, 2 lenses, weights 2, 1
    expect(r.intersections[1]?.score).toBeCloseTo(2 + (2 * ((2 / 3 + 2 / 4) / 2) + 0.15) / 3, 12);
    // cultuur: 2 partners, 1 level, 3 lenses, weights 1, 1
    expect(r.intersections[2]?.score).toBeCloseTo(2 + (2 * ((1 / 3 + 3 / 4) / 2) + 0.1) / 3, 12);
  });

  it("joins themes shared by exactly the same partners into one intersection", () => {
    const t = suggestWinWin({
      ...s,
      belangen: [
        belang("x1", "a", "individu", ["spel", "sport"]),
        belang("x2", "b", "individu", ["sport"]),
        belang("x3", "b", "netwerk", ["spel"]),
      ],
    });
    expect(t.intersections).toHaveLength(1);
    expect(t.intersections[0]).toMatchObject({
      themes: ["spel", "sport"],
      partnerIds: ["a", "b"],
      belangIds: ["x1", "x2", "x3"],
    });
  });

  it("ranks more partners first, whatever the levels, lenses and weights", () => {
    const t = suggestWinWin({
      partners: [partner("a", "utilitair"), partner("b", "politiek"), partner("c", "utilitair")],
      belangen: [
        belang("1", "a", "individu", ["rijk"], { weight: 10, bril: "zingevend" }),
        belang("2", "b", "organisatie", ["rijk"], { weight: 10, bril: "relationeel" }),
        belang("3", "a", "netwerk", ["breed"], { weight: 0.1 }),
        belang("4", "b", "netwerk", ["breed"], { weight: 0.1 }),
        belang("5", "c", "netwerk", ["breed"], { weight: 0.1 }),
      ],
      standpunten: [],
    });
    expect(t.intersections.map((i) => i.themes[0])).toEqual(["breed", "rijk"]);
  });

  it("breaks score ties by more themes, then by partner ids", () => {
    const t = suggestWinWin({
      partners: ["a", "b", "c", "d", "e", "f"].map((id) => partner(id, "utilitair")),
      belangen: [
        belang("1", "e", "netwerk", ["z"]),
        belang("2", "f", "netwerk", ["z"]),
        belang("3", "c", "netwerk", ["y"]),
        belang("4", "d", "netwerk", ["y"]),
        belang("5", "a", "netwerk", ["x", "w"]),
        belang("6", "b", "netwerk", ["x", "w"]),
      ],
      standpunten: [],
    });
    expect(t.intersections.map((i) => i.partnerIds)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
    expect(t.intersections[0]?.themes).toEqual(["w", "x"]);
  });

  it("keeps only intersections of at least minPartners partners", () => {
    const t = suggestWinWin(s, { minPartners: 3 });
    expect(t.intersections.map((i) => i.themes)).toEqual([["jeugd"]]);
    expect(suggestWinWin(s, { minPartners: 4 }).intersections).toEqual([]);
  });

  it("does not count two belangen of one partner as a meeting", () => {
    const t = suggestWinWin({
      partners: [partner("a", "utilitair"), partner("b", "utilitair")],
      belangen: [belang("1", "a", "netwerk", ["jeugd"]), belang("2", "a", "individu", ["jeugd"])],
      standpunten: [],
    });
    expect(t.candidates).toBe(0);
    expect(t.plan.partnersNotReached).toEqual(["a", "b"]);
  });

  it("lists at most limit intersections but plans over all candidates", () => {
    const t = suggestWinWin(s, { limit: 1 });
    expect(t.intersections).toHaveLength(1);
    expect(t.candidates).toBe(3);
    const u = suggestWinWin(
      {
        partners: ["p", "q", "r", "s"].map((id) => partner(id, "utilitair")),
        belangen: [
          belang("1", "p", "netwerk", ["x"]),
          belang("2", "q", "netwerk", ["x"]),
          belang("3", "r", "netwerk", ["x", "y"]),
          belang("4", "s", "netwerk", ["y"]),
        ],
        standpunten: [],
      },
      { limit: 1 },
    );
    expect(u.intersections.map((i) => i.themes)).toEqual([["x"]]);
    expect(u.plan.intersections.map((i) => i.themes)).toEqual([["x"], ["y"]]);
    expect(u.plan.partnersReached).toEqual(["p", "q", "r", "s"]);
  });

  it("plans a greedy cover: the most new partners first, and stops when nobody new is reached", () => {
    expect(r.plan.intersections.map((i) => i.themes)).toEqual([["jeugd"]]);
    expect(r.plan.partnersReached).toEqual(["a", "b", "c"]);
    expect(r.plan.partnersNotReached).toEqual(["d", "e"]);
  });

  it("prefers, among equal gains, the better-ranked intersection in the plan", () => {
    const t = suggestWinWin({
      partners: ["p", "q", "r", "s", "t", "u"].map((id) => partner(id, "utilitair")),
      belangen: [
        belang("1", "p", "netwerk", ["x"]),
        belang("2", "q", "netwerk", ["x"]),
        belang("3", "r", "netwerk", ["x"]),
        belang("4", "s", "individu", ["y"], { weight: 5 }),
        belang("5", "t", "netwerk", ["y", "z"]),
        belang("6", "u", "netwerk", ["z"]),
      ],
      standpunten: [],
    });
    // y (s, t) and z (t, u) both add two new partners; y ranks higher (two levels, more weight).
    expect(t.intersections.map((i) => i.themes)).toEqual([["x"], ["y"], ["z"]]);
    expect(t.plan.intersections.map((i) => i.themes)).toEqual([["x"], ["y"], ["z"]]);
    expect(t.plan.partnersNotReached).toEqual([]);
  });

  it("meets derived themes, inflections and compounds across partners", () => {
    const t = suggestWinWin({
      partners: [partner("a", "utilitair"), partner("b", "utilitair"), partner("c", "utilitair")],
      belangen: [
        { id: "1", partnerId: "a", niveau: "netwerk", text: "Meer jeugdwerking in de wijk" },
        { id: "2", partnerId: "b", niveau: "netwerk", text: "De jeugd verveelt zich" },
        {
          id: "3",
          partnerId: "c",
          niveau: "netwerk",
          text: "Betaalbare woningen",
          themes: ["woning"],
        },
        { id: "4", partnerId: "a", niveau: "individu", text: "Er zijn te weinig woningen" },
      ],
      standpunten: [],
    });
    // "woning" spans two levels, "jeugd" one: woning ranks first.
    expect(t.intersections.map((i) => [i.themes, i.partnerIds])).toEqual([
      [["woning"], ["a", "c"]],
      [["jeugd"], ["a", "b"]],
    ]);
  });

  it("meets an explicit theme and the same word derived from texts, in its explicit spelling", () => {
    const t = suggestWinWin({
      partners: [partner("a", "utilitair"), partner("b", "utilitair"), partner("c", "utilitair")],
      belangen: [
        { id: "1", partnerId: "a", niveau: "netwerk", text: "Iets", themes: ["Jongeren"] },
        { id: "2", partnerId: "b", niveau: "netwerk", text: "Onze jongeren vervelen zich" },
        { id: "3", partnerId: "c", niveau: "netwerk", text: "Elke jongere telt" },
      ],
      standpunten: [],
    });
    expect(t.intersections.map((i) => [i.themes, i.partnerIds])).toEqual([
      [["jongeren"], ["a", "b", "c"]],
    ]);
  });

  describe("with a custom similarity", () => {
    const sameLevel = (a: Belang, b: Belang): number => (a.niveau === b.niveau ? 0.8 : 0.1);

    it("groups belangen at or above the threshold into connected components", () => {
      const t = suggestWinWin(s, { similarity: sameLevel, threshold: 0.8 });
      // a2 + c1 (netwerk, three lenses) ranks above a1 + d1 (individu, two lenses); b1 is alone.
      expect(t.intersections.map((i) => [i.partnerIds, i.belangIds])).toEqual([
        [
          ["a", "c"],
          ["a2", "c1"],
        ],
        [
          ["a", "d"],
          ["a1", "d1"],
        ],
      ]);
      // Themes of a group: the built-in themes carried by at least two of its partners.
      expect(t.intersections[0]?.themes).toEqual(["cultuur"]);
      expect(t.intersections[1]?.themes).toEqual([]);
    });

    it("joins nothing when every similarity is below the threshold", () => {
      expect(suggestWinWin(s, { similarity: sameLevel, threshold: 0.9 }).candidates).toBe(0);
    });

    it("compares each pair of belangen of different partners once", () => {
      const seen: string[] = [];
      suggestWinWin(s, {
        similarity: (a, b) => {
          seen.push(`${a.id}-${b.id}`);
          return 0;
        },
      });
      // 5 belangen, a has two: 10 pairs minus the pair a1-a2.
      expect(seen).toHaveLength(9);
      expect(new Set(seen).size).toBe(9);
      expect(seen).not.toContain("a1-a2");
    });

    it("chains groups transitively", () => {
      const chain = (a: Belang, b: Belang): number =>
        (a.id === "a1" && b.id === "b1") || (a.id === "b1" && b.id === "c1") ? 1 : 0;
      const t = suggestWinWin(s, { similarity: chain });
      expect(t.intersections.map((i) => i.partnerIds)).toEqual([["a", "b", "c"]]);
      expect(t.intersections[0]?.themes).toEqual(["jeugd", "sport"]);
    });
  });

  it("throws a RangeError naming the option and the rule", () => {
    expect(() => suggestWinWin(s, { minPartners: 1 })).toThrow(
      new RangeError("suggestWinWin: minPartners must be a whole number ≥ 2, got 1"),
    );
    expect(() => suggestWinWin(s, { minPartners: 2.5 })).toThrow(
      /minPartners must be a whole number ≥ 2/,
    );
    expect(() => suggestWinWin(s, { limit: 0 })).toThrow(
      new RangeError("suggestWinWin: limit must be a whole number ≥ 1, got 0"),
    );
    expect(() => suggestWinWin(s, { limit: Number.NaN })).toThrow(RangeError);
    expect(() => suggestWinWin(s, { threshold: 1.5 })).toThrow(
      new RangeError("suggestWinWin: threshold must be a number in [0, 1], got 1.5"),
    );
    expect(() => suggestWinWin(s, { threshold: Number.NaN })).toThrow(RangeError);
  });

  it("throws a TypeError for a similarity that is not a function", () => {
    expect(() =>
      suggestWinWin(s, { similarity: 0.5 as unknown as (a: Belang, b: Belang) => number }),
    ).toThrow(TypeError);
  });

  it("finds the top intersection of the example collaboration", () => {
    const e = suggestWinWin(exampleSamenwerking());
    expect(e.intersections[0]).toMatchObject({
      themes: ["eenzaamheid"],
      partnerIds: ["gemeente", "mantelzorg", "ocmw"],
    });
    expect(e.plan.partnersNotReached).toEqual([]);
  });

  it("gives the same result for the input in reverse order", () => {
    const reversed = {
      ...s,
      partners: [...s.partners].reverse(),
      belangen: [...s.belangen].reverse(),
    };
    expect(suggestWinWin(reversed)).toEqual(r);
  });

  it("does not mutate deeply frozen input", () => {
    expect(suggestWinWin(s)).toEqual(r);
  });
});

import { describe, expect, it } from "vitest";
import {
  consensus,
  exampleSamenwerking,
  parseSamenwerking,
  type Reactie,
  type Samenwerking,
  supportInterval,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const partner = (id: string, bril: "utilitair" | "politiek") => ({ id, name: id, brillen: [bril] });

const r = (partnerId: string, targetId: string, stance: Reactie["stance"]): Reactie => ({
  partnerId,
  targetId,
  stance,
});

/**
 * Four partners: a and b wear the utilitarian lens, c and d the political one.
 *
 *         a    b    c    d     all   utilitair  politiek   group consensus
 *   v0    +    .    +    .     2/0   1/0 .75    1/0 .75    .75
 *   v1    +    +    +    -     3/1   2/0 .833   1/1 .5     √(.833·.5) = .6455
 *   v2    +    +    +    +     4/0   2/0 .833   2/0 .833   .833
 *   v3    +    +    -    -     2/2   2/0 .833   0/2 .167   √(.833·.167) = .3727
 *   v4    +    .    +    .     2/0   (as v0)                .75
 *   v5    -    p    +    +     2/1   0/1 .25    2/0 .833   .456
 */
function table(): Samenwerking {
  return parseSamenwerking({
    partners: [
      partner("a", "utilitair"),
      partner("b", "utilitair"),
      partner("c", "politiek"),
      partner("d", "politiek"),
    ],
    belangen: [
      { id: "ba", partnerId: "a", niveau: "individu", text: "Tijd." },
      { id: "bc", partnerId: "c", niveau: "netwerk", text: "Samen." },
      { id: "bd", partnerId: "d", niveau: "netwerk", text: "Rust." },
    ],
    standpunten: [],
    voorstellen: ["v0", "v1", "v2", "v3", "v4", "v5"].map((id) => ({ id, text: `Voorstel ${id}` })),
    reacties: [
      r("a", "v0", "eens"),
      r("c", "v0", "eens"),
      r("a", "v1", "eens"),
      r("b", "v1", "eens"),
      r("c", "v1", "eens"),
      r("d", "v1", "oneens"),
      r("a", "v2", "eens"),
      r("b", "v2", "eens"),
      r("c", "v2", "eens"),
      r("d", "v2", "eens"),
      r("a", "v3", "eens"),
      r("b", "v3", "eens"),
      r("c", "v3", "oneens"),
      r("d", "v3", "oneens"),
      r("a", "v4", "eens"),
      r("c", "v4", "eens"),
      r("a", "v5", "oneens"),
      r("b", "v5", "pas"),
      r("c", "v5", "eens"),
      r("d", "v5", "eens"),
    ],
  });
}

describe("supportInterval", () => {
  it("gives 4 of 5 agreeing a mean of 0.75 and a 90% interval of 0.44 to 0.96", () => {
    const s = supportInterval(4, 1);
    expect(s.mean).toBe(0.75);
    expect(s.low).toBeCloseTo(0.43715538946502186, 10);
    expect(s.high).toBeCloseTo(0.9635527319546111, 10);
  });

  it("is the Jeffreys prior itself without reactions", () => {
    const s = supportInterval(0, 0);
    expect(s.mean).toBe(0.5);
    expect(s.low).toBeCloseTo(0.0061558297024311365, 10);
    expect(s.high).toBeCloseTo(0.9938441702975689, 10);
  });

  it("takes another level", () => {
    const s = supportInterval(10, 10, { level: 0.95 });
    expect(s.low).toBeCloseTo(0.29337648473319405, 10);
    expect(s.high).toBeCloseTo(0.7066235152668059, 10);
    expect(supportInterval(2, 0).low).toBeCloseTo(0.43074146813810105, 10);
  });

  it("refuses negative counts and a level outside (0, 1)", () => {
    expect(() => supportInterval(-1, 0)).toThrow(RangeError);
    expect(() => supportInterval(1, Number.NaN)).toThrow(RangeError);
    expect(() => supportInterval(1, 1, { level: 1 })).toThrow(/level/);
  });
});

describe("consensus", () => {
  it("counts, lists who is missing and computes support per target", () => {
    const c = consensus(table());
    expect(c.groupNames).toEqual(["utilitair", "politiek"]);
    const v1 = c.targets.find((t) => t.targetId === "v1");
    expect(v1?.counts).toEqual({ eens: 3, oneens: 1, pas: 0 });
    expect(v1?.missing).toEqual([]);
    expect(v1?.support.mean).toBeCloseTo(0.7, 12);
    expect(v1?.groups.map((g) => [g.group, g.partnerIds, g.counts])).toEqual([
      ["utilitair", ["a", "b"], { eens: 2, oneens: 0, pas: 0 }],
      ["politiek", ["c", "d"], { eens: 1, oneens: 1, pas: 0 }],
    ]);
    expect(v1?.groups[0]?.support.mean).toBeCloseTo(2.5 / 3, 12);
    expect(v1?.groups[1]?.support.mean).toBe(0.5);
    expect(v1?.groupConsensus).toBeCloseTo(Math.sqrt((2.5 / 3) * 0.5), 12);
    const v4 = c.targets.find((t) => t.targetId === "v4");
    expect(v4?.missing).toEqual(["b", "d"]);
    expect(v4?.groupConsensus).toBeCloseTo(0.75, 12);
    const v5 = c.targets.find((t) => t.targetId === "v5");
    expect(v5?.counts).toEqual({ eens: 2, oneens: 1, pas: 1 });
    expect(v5?.groupConsensus).toBeCloseTo(Math.sqrt(0.25 * (2.5 / 3)), 12);
  });

  it("ranks bridging targets by group consensus and divisive ones by the gap, ties by id", () => {
    const c = consensus(table());
    expect(c.bridging).toEqual(["v2", "v0", "v4"]);
    expect(c.divisive).toEqual(["v3", "v5"]);
  });

  it("groups by level of the partners' belangen", () => {
    const c = consensus(table(), { groupBy: "niveau" });
    expect(c.groupNames).toEqual(["individu", "netwerk"]);
    expect(c.targets[0]?.groups.map((g) => g.partnerIds)).toEqual([["a"], ["c", "d"]]);
  });

  it("groups by a function of the partner, with several or no groups per partner", () => {
    const c = consensus(table(), {
      groupBy: (p) => (p.id === "a" ? ["x", "y"] : p.id === "b" ? undefined : "y"),
    });
    expect(c.groupNames).toEqual(["x", "y"]);
    expect(c.targets[0]?.groups.map((g) => g.partnerIds)).toEqual([["a"], ["a", "c", "d"]]);
  });

  it("falls back on one group when the network is too small for opinion groups", () => {
    const c = consensus(table(), { groupBy: "opinie" });
    expect(c.note).toBe("too-few-partners");
    expect(c.groupNames).toEqual(["iedereen"]);
    expect(c.targets[2]?.groupConsensus).toBeCloseTo(0.9, 12);
  });

  it("includes standpunten that have reactions, after the voorstellen", () => {
    const c = consensus(exampleSamenwerking());
    expect(c.targets.map((t) => t.targetId)).toEqual([
      "v-telefoon",
      "v-zetel",
      "v-budget",
      "s-tz-1",
    ]);
    expect(c.bridging).toEqual(["v-telefoon"]);
  });

  it("gives a document without reactions targets without counts", () => {
    const s = parseSamenwerking({ ...table(), reacties: undefined });
    const c = consensus(s);
    expect(c.targets[0]?.counts).toEqual({ eens: 0, oneens: 0, pas: 0 });
    expect(c.targets[0]?.missing).toEqual(["a", "b", "c", "d"]);
    expect(c.bridging).toEqual([]);
    const none = consensus(s, { groupBy: () => undefined });
    expect(none.targets[0]?.groupConsensus).toBe(0.5);
  });

  it("refuses an unknown grouping or level", () => {
    expect(() => consensus(table(), { groupBy: "kleur" as never })).toThrow(/groupBy/);
    expect(() => consensus(table(), { groupBy: () => 3 as never })).toThrow(/strings/);
    expect(() => consensus(table(), { level: 0 })).toThrow(/level/);
  });

  it("does not mutate frozen input", () => {
    const s = deepFreeze(table());
    expect(consensus(s).bridging).toEqual(["v2", "v0", "v4"]);
  });
});

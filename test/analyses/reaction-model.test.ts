import { describe, expect, it } from "vitest";
import { type Reactie, reactionModel } from "../../src/index";
import { seededRandom } from "../../src/internal/random";
import { deepFreeze } from "../support/freeze";
import { brexit } from "../support/polis";

const camps = (): Reactie[] => {
  const out: Reactie[] = [];
  for (let i = 0; i < 10; i++)
    for (let t = 0; t < 6; t++)
      out.push({
        partnerId: `p${i}`,
        targetId: `t${t}`,
        stance: i < 5 === t < 3 ? "eens" : t === 5 ? "pas" : "oneens",
      });
  return out;
};

describe("reactionModel", () => {
  it("gives probabilities that sum to 1 for any pair, seen or not", () => {
    const m = reactionModel(camps());
    for (const [p, t] of [
      ["p1", "t1"],
      ["p9", "t0"],
      ["nieuw", "t0"],
      ["p1", "nieuw"],
      ["x", "y"],
    ] as const) {
      const q = m.predict(p, t);
      expect(q.eens + q.oneens + q.pas).toBeCloseTo(1, 12);
      for (const v of Object.values(q)) expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(m.partnerIds.length).toBe(10);
    expect(m.targetIds).toEqual(["t0", "t1", "t2", "t3", "t4", "t5"]);
  });

  it("learns who agrees with what", () => {
    const rs = camps().filter(
      (r) =>
        !(r.partnerId === "p0" && r.targetId === "t0") &&
        !(r.partnerId === "p9" && r.targetId === "t0"),
    );
    const m = reactionModel(rs);
    expect(m.predict("p0", "t0").eens).toBeGreaterThan(0.5);
    expect(m.predict("p9", "t0").oneens).toBeGreaterThan(0.5);
    expect(m.predict("p3", "t5").pas).toBeGreaterThan(m.predict("p3", "t1").pas);
  });

  it("falls back on the target's tendency for a partner it has not seen", () => {
    const rs: Reactie[] = ["a", "b", "c", "d"].map((p) => ({
      partnerId: p,
      targetId: "t",
      stance: "eens",
    }));
    rs.push(
      { partnerId: "a", targetId: "u", stance: "oneens" },
      { partnerId: "b", targetId: "u", stance: "oneens" },
    );
    const m = reactionModel(rs);
    expect(m.predict("new", "t").eens).toBeGreaterThan(m.predict("new", "u").eens);
  });

  it("is deterministic for a seed", () => {
    expect(reactionModel(camps(), { seed: 3 }).predict("p2", "t4")).toEqual(
      reactionModel(camps(), { seed: 3 }).predict("p2", "t4"),
    );
    expect(reactionModel([]).predict("a", "b").pas).toBeCloseTo(0.5, 12);
  });

  it("beats the per-proposal majority on held-out real reactions", () => {
    const { reacties } = brexit();
    const rand = seededRandom(1);
    const train: Reactie[] = [];
    const test: Reactie[] = [];
    for (const r of reacties) (rand() < 0.1 ? test : train).push(r);
    const tally = new Map<string, number>();
    for (const r of train)
      if (r.stance !== "pas")
        tally.set(r.targetId, (tally.get(r.targetId) ?? 0) + (r.stance === "eens" ? 1 : -1));
    const m = reactionModel(train, { rank: 0 + 3 });
    let model = 0;
    let base = 0;
    for (const r of test) {
      if (r.stance === "pas") continue;
      const q = m.predict(r.partnerId, r.targetId);
      model += (q.eens >= q.oneens ? "eens" : "oneens") === r.stance ? 1 : 0;
      base += ((tally.get(r.targetId) ?? 0) >= 0 ? "eens" : "oneens") === r.stance ? 1 : 0;
    }
    expect(model).toBeGreaterThan(base);
  });

  it("refuses options out of range", () => {
    expect(() => reactionModel([], { rank: -1 })).toThrow(/rank/);
    expect(() => reactionModel([], { burnIn: -1 })).toThrow(/burnIn/);
    expect(() => reactionModel([], { samples: 0 })).toThrow(/samples/);
    expect(() => reactionModel([], { seed: Number.POSITIVE_INFINITY })).toThrow(/seed/);
  });

  it("does not mutate frozen input", () => {
    expect(reactionModel(deepFreeze(camps())).predict("p0", "t1").eens).toBeGreaterThan(0.5);
  });
});

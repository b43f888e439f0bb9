import { describe, expect, it } from "vitest";
import { opinionGroups, type Reactie } from "../../src/index";
import { deepFreeze } from "../support/freeze";
import { brexit } from "../support/polis";

/** Two camps of six: camp L agrees with t0–t3 and rejects t4–t7, camp R the other way round. */
function camps(): Reactie[] {
  const out: Reactie[] = [];
  for (let i = 0; i < 12; i++) {
    const left = i < 6;
    for (let t = 0; t < 8; t++) {
      if ((i + t) % 7 === 0) continue; // a few missing
      const agree = left === t < 4;
      out.push({
        partnerId: `p${String(i).padStart(2, "0")}`,
        targetId: `t${t}`,
        stance: agree ? "eens" : "oneens",
      });
    }
  }
  out.push({ partnerId: "p00", targetId: "t0", stance: "pas" });
  out.push({ partnerId: "p00", targetId: "t0", stance: "eens" });
  return out;
}

describe("opinionGroups", () => {
  it("finds two camps and what sets each apart", () => {
    const g = opinionGroups(camps());
    expect(g.status).toBe("ok");
    expect(g.groups.map((x) => x.partnerIds)).toEqual([
      ["p00", "p01", "p02", "p03", "p04", "p05"],
      ["p06", "p07", "p08", "p09", "p10", "p11"],
    ]);
    expect(g.groups.map((x) => x.id)).toEqual(["A", "B"]);
    expect(g.silhouette).toBeGreaterThan(0.7);
    const rep = g.groups[0]?.representative ?? [];
    expect(rep.length).toBe(5);
    for (const x of rep) {
      expect(
        x.stance === "eens" ? Number(x.targetId.slice(1)) < 4 : Number(x.targetId.slice(1)) >= 4,
      ).toBe(true);
      expect(x.ratio).toBeCloseTo(x.inGroup / x.outGroup, 12);
      expect(x.z).toBeGreaterThanOrEqual(1.6448);
    }
    expect(g.positions.map((p) => p.partnerId)).toEqual(g.positions.map((p) => p.partnerId).sort());
    expect(g.unplaced).toEqual([]);
  });

  it("is deterministic for a seed", () => {
    expect(opinionGroups(camps(), { seed: 7 })).toEqual(opinionGroups(camps(), { seed: 7 }));
  });

  it("says so when there are too few partners instead of inventing groups", () => {
    const few = camps().filter((r) => r.partnerId < "p05");
    const g = opinionGroups(few);
    expect(g.status).toBe("too-few-partners");
    expect(g.groups).toEqual([]);
    expect(g.placed).toBe(5);
    expect(g.unplaced).toEqual(["p00", "p01", "p02", "p03", "p04"]);
    expect(opinionGroups([]).status).toBe("too-few-partners");
  });

  it("leaves partners with too few reactions unplaced", () => {
    const rs = [...camps(), { partnerId: "zz", targetId: "t0", stance: "eens" as const }];
    const g = opinionGroups(rs, { minReactions: 3 });
    expect(g.unplaced).toEqual(["zz"]);
    expect(g.placed).toBe(12);
  });

  it("finds the groups Pol.is found on a real conversation", () => {
    const { reacties, polisGroups } = brexit();
    const g = opinionGroups(reacties);
    expect(g.status).toBe("ok");
    expect(g.groups.length).toBeGreaterThanOrEqual(2);
    // Most partners of our largest group share one Pol.is group.
    const tally = new Map<string, number>();
    for (const id of g.groups[0]?.partnerIds ?? []) {
      const pg = polisGroups.get(id);
      if (pg !== undefined) tally.set(pg, (tally.get(pg) ?? 0) + 1);
    }
    const counts = [...tally.values()].sort((a, b) => b - a);
    expect((counts[0] ?? 0) / counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.8);
  });

  it("refuses options out of range", () => {
    expect(() => opinionGroups(camps(), { minPartners: 2 })).toThrow(/minPartners/);
    expect(() => opinionGroups(camps(), { maxGroups: 1 })).toThrow(/maxGroups/);
    expect(() => opinionGroups(camps(), { seed: Number.NaN })).toThrow(/seed/);
  });

  it("does not mutate frozen input", () => {
    const rs = deepFreeze(camps());
    expect(opinionGroups(rs).status).toBe("ok");
  });
});

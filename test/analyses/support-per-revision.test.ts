import { describe, expect, it } from "vitest";
import {
  createAmbition,
  exampleSamenwerking,
  parseSamenwerking,
  type Reactie,
  reviseAmbition,
  type SharedAmbition,
  supportPerRevision,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const partners = ["a", "b", "c", "d"].map((id) => ({
  id,
  name: id.toUpperCase(),
  brillen: ["politiek" as const],
}));

function doc(ambition: SharedAmbition | undefined, reacties: Reactie[]) {
  return parseSamenwerking({
    partners,
    belangen: [],
    standpunten: [],
    voorstellen: [
      { id: "v", text: "V" },
      { id: "w", text: "W" },
    ],
    reacties,
    ...(ambition === undefined ? {} : { ambition }),
  });
}

// Revision 1 on 1 March, 2 undated, 3 on 10 March.
const v1 = createAmbition({ text: "Samen sterker", by: "a", at: "2024-03-01" });
const v2 = reviseAmbition(v1, (d) => void d.themes.push("zorg"), { by: "b" });
const v3 = reviseAmbition(v2, (d) => void d.themes.push("wonen"), { by: "c", at: "2024-03-10" });

describe("supportPerRevision", () => {
  it("counts the reactions given while each dated revision was current (hand-computed)", () => {
    const s = doc(v3, [
      { partnerId: "a", targetId: "v", stance: "eens", at: "2024-02-20" }, // before revision 1
      { partnerId: "a", targetId: "v", stance: "oneens", at: "2024-03-02" },
      { partnerId: "b", targetId: "v", stance: "oneens", at: "2024-03-05" },
      { partnerId: "b", targetId: "v", stance: "eens", at: "2024-03-06" }, // replaces b's no
      { partnerId: "c", targetId: "v", stance: "pas" }, // undated
      { partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-10" }, // revision 3 itself
      { partnerId: "b", targetId: "v", stance: "eens", at: "2024-03-12" },
      { partnerId: "c", targetId: "v", stance: "eens", at: "2024-03-12" },
      { partnerId: "d", targetId: "v", stance: "pas", at: "2024-03-12" },
      { partnerId: "d", targetId: "w", stance: "eens", at: "2024-03-03" },
    ]);
    const [v, w] = supportPerRevision(s);
    expect(v?.targetId).toBe("v");
    expect(v?.points.map((p) => [p.revision, p.at, p.counts])).toEqual([
      [1, "2024-03-01", { eens: 1, oneens: 1, pas: 0 }],
      [3, "2024-03-10", { eens: 3, oneens: 0, pas: 1 }],
    ]);
    // Jeffreys: Beta(1.5, 1.5) has mean 1/2; Beta(3.5, 0.5) has mean 3.5 / 4 = 0.875.
    expect(v?.points[0]?.support.mean).toBeCloseTo(0.5, 12);
    expect(v?.points[1]?.support.mean).toBeCloseTo(0.875, 12);
    // |0.875 − ½| − |0.5 − ½| = 0.375 > 0.1.
    expect(v?.trend).toBe("converging");
    expect(w?.points.map((p) => p.revision)).toEqual([1]);
    expect(w?.trend).toBe("stable");
  });

  it("names diverging support and small moves stable, by the threshold", () => {
    const s = doc(v3, [
      { partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-02" },
      { partnerId: "b", targetId: "v", stance: "eens", at: "2024-03-02" },
      { partnerId: "c", targetId: "v", stance: "eens", at: "2024-03-02" },
      { partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-11" },
      { partnerId: "b", targetId: "v", stance: "oneens", at: "2024-03-11" },
    ]);
    // Revision 1: Beta(3.5, 0.5), mean 0.875; revision 3: Beta(1.5, 1.5), mean 0.5.
    expect(supportPerRevision(s)[0]?.trend).toBe("diverging");
    expect(supportPerRevision(s, { threshold: 0.4 })[0]?.trend).toBe("stable");
    expect(() => supportPerRevision(s, { threshold: 0.6 })).toThrow(RangeError);
  });

  it("gives nothing without an ambition or without dated revisions", () => {
    const r: Reactie[] = [{ partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-02" }];
    expect(supportPerRevision(doc(undefined, r))).toEqual([]);
    expect(supportPerRevision(doc(createAmbition({ text: "X", by: "a" }), r))).toEqual([]);
  });

  it("follows the example across its three revisions, without mutating it", () => {
    const s = deepFreeze(exampleSamenwerking());
    const [tel] = supportPerRevision(s);
    expect(tel?.points.map((p) => [p.revision, p.counts])).toEqual([
      [1, { eens: 1, oneens: 1, pas: 0 }],
      [2, { eens: 2, oneens: 0, pas: 0 }],
      [3, { eens: 3, oneens: 0, pas: 0 }],
    ]);
    expect(tel?.trend).toBe("converging");
  });
});

describe("dated ambition revisions", () => {
  it("record at from createAmbition and reviseAmbition", () => {
    expect(v3.history.map((h) => h.at)).toEqual(["2024-03-01", undefined, "2024-03-10"]);
  });

  it("refuse a bad date or a revision dated before the latest dated one, with the path", () => {
    expect(() => createAmbition({ text: "X", by: "a", at: "2024-02-30" })).toThrow(/at/);
    expect(() =>
      reviseAmbition(v1, (d) => void d.themes.push("x"), { by: "a", at: "morgen" }),
    ).toThrow(/at/);
    expect(() =>
      reviseAmbition(v3, (d) => void d.themes.push("x"), { by: "a", at: "2024-03-09" }),
    ).toThrow(/revision 3/);
    const bad = {
      ...v3,
      history: v3.history.map((h) => (h.revision === 3 ? { ...h, at: "2024-02-01" } : h)),
    };
    expect(() => doc(bad, [])).toThrow(/history\[2\]\.at/);
  });
});

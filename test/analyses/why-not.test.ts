import { describe, expect, it } from "vitest";
import { exampleSamenwerking, parseSamenwerking, supportOverTime, whyNot } from "../../src/index";
import { deepFreeze } from "../support/freeze";

describe("whyNot", () => {
  it("reads the interests behind the no's, per proposal, most no's first", () => {
    const all = whyNot(exampleSamenwerking());
    expect(all.map((w) => [w.targetId, w.oneens, w.pas])).toEqual([
      ["v-budget", 2, 1],
      ["v-zetel", 2, 1],
      ["s-tz-1", 1, 0],
    ]);
    const [zetel] = whyNot(exampleSamenwerking(), "v-zetel");
    expect(zetel?.reasons.map((r) => [r.partnerId, r.stance])).toEqual([
      ["gemeente", "oneens"],
      ["huisartsen", "oneens"],
      ["ocmw", "pas"],
    ]);
    const ha = zetel?.reasons[1];
    expect(ha?.kind).toBe("belang");
    expect(ha?.themes).toContain("tijd");
    expect(ha?.belangIds).toEqual(["b-ha-1"]);
    expect(ha?.whyQuestions).toEqual([]);
    // A reason read as a position gets the why-questions that lead to its interest, an interest
    // none. ("De stuurgroep moet klein blijven." is a near tie between the two kinds that turns
    // with the refits: the position of the twenty-seventh session's model, an interest by a hair,
    // -0.08, since the twenty-eighth's.)
    for (const r of zetel?.reasons ?? []) {
      expect(r.whyQuestions.length > 0, r.partnerId).toBe(r.kind === "standpunt");
    }
    const overleg = whyNot(exampleSamenwerking(), "s-tz-1")[0]?.reasons[0];
    expect(overleg?.kind).toBe("standpunt");
    expect(overleg?.whyQuestions.length).toBe(3);
    expect(zetel?.belangIds).toEqual(["b-ha-1"]);
    expect(zetel?.themes[0]).toBe("ervan");
  });

  it("ignores reactions that a later eens replaced", () => {
    expect(whyNot(exampleSamenwerking(), "v-telefoon")).toEqual([]);
  });

  it("refuses an unknown target", () => {
    expect(() => whyNot(exampleSamenwerking(), "v-niets")).toThrow(/v-niets/);
  });

  it("does not mutate frozen input", () => {
    expect(whyNot(deepFreeze(exampleSamenwerking())).length).toBe(3);
  });
});

describe("supportOverTime", () => {
  it("follows support per moment and names the trend", () => {
    const [tel, zetel] = supportOverTime(exampleSamenwerking());
    expect(tel?.targetId).toBe("v-telefoon");
    expect(tel?.points.map((p) => [p.at, p.counts])).toEqual([
      ["2024-03-04", { eens: 1, oneens: 1, pas: 0 }],
      ["2024-03-06", { eens: 3, oneens: 1, pas: 0 }],
      ["2024-03-11", { eens: 5, oneens: 1, pas: 0 }],
      ["2024-03-18", { eens: 6, oneens: 0, pas: 0 }],
    ]);
    expect(tel?.trend).toBe("converging");
    expect(zetel?.trend).toBe("diverging");
  });

  it("calls small moves stable and leaves undated reactions out", () => {
    const s = parseSamenwerking({
      partners: [
        { id: "a", name: "A", brillen: ["politiek"] },
        { id: "b", name: "B", brillen: ["politiek"] },
      ],
      belangen: [],
      standpunten: [],
      voorstellen: [
        { id: "v", text: "V" },
        { id: "w", text: "W" },
      ],
      reacties: [
        { partnerId: "a", targetId: "v", stance: "eens", at: "2024-01-01T10:00:00Z" },
        { partnerId: "b", targetId: "v", stance: "eens", at: "2024-01-01T12:00:00+01:00" },
        { partnerId: "a", targetId: "w", stance: "eens" },
      ],
    });
    const out = supportOverTime(s, { threshold: 0.2 });
    expect(out.map((t) => [t.targetId, t.points.length, t.trend])).toEqual([["v", 2, "stable"]]);
    expect(() => supportOverTime(s, { threshold: 0.6 })).toThrow(/threshold/);
  });
});

import { describe, expect, it } from "vitest";
import { consensusChart, opinionGroupsChart } from "../../src/charts/index";
import { consensus, exampleSamenwerking, opinionGroups, type Reactie } from "../../src/index";

describe("consensusChart", () => {
  it("draws one row per proposal with a cell per group, accessibly", () => {
    const svg = consensusChart(exampleSamenwerking());
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain("Draagvlak per voorstel en groep");
    expect(svg).toContain("Relationeel".toLowerCase());
    expect(svg).toBe(consensusChart(exampleSamenwerking()));
  });

  it("draws a result computed already, and an empty one", () => {
    const c = consensus(exampleSamenwerking(), { groupBy: "niveau" });
    expect(consensusChart(c, { lang: "en", maxTargets: 1 })).toContain("v-telefoon");
    expect(consensusChart({ targets: [], bridging: [], divisive: [], groupNames: [] })).toContain(
      "Nog geen voorstellen",
    );
    expect(() => consensusChart(c, { maxTargets: 0 })).toThrow(/maxTargets/);
  });
});

describe("opinionGroupsChart", () => {
  it("says so for a small network", () => {
    expect(opinionGroupsChart(exampleSamenwerking())).toContain("Te weinig partners");
  });

  it("draws every placed partner with a shape per group", () => {
    const rs: Reactie[] = [];
    for (let i = 0; i < 30; i++)
      for (let t = 0; t < 8; t++)
        rs.push({
          partnerId: `p${i}`,
          targetId: `t${t}`,
          stance: (i % 3 === 0) === t < 4 ? "eens" : i % 3 === 1 && t === 7 ? "pas" : "oneens",
        });
    const g = opinionGroups(rs);
    const svg = opinionGroupsChart(g, { lang: "en", names: { p0: "Partner nul" } });
    expect(svg).toContain("Partner nul");
    expect(svg).toContain("group A");
    expect((svg.match(/<g><title>/g) ?? []).length).toBe(30);
  });
});

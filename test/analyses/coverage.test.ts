import { describe, expect, it } from "vitest";
import {
  createAmbition,
  exampleSamenwerking,
  interestCoverage,
  type Samenwerking,
  SamenwerkingError,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const partner = (id: string) => ({ id, name: id.toUpperCase(), brillen: ["utilitair" as const] });

/**
 * Four partners; d has no belang. The ambition aims at "jeugd" and names b2.
 *
 *            individu        organisatie     netwerk
 *   a        a1 jeugd ✓      -               a2 wonen ✗
 *   b        b1 mobiliteit ✗ b2 budget ✓(id) -
 *   c        -               -               c1 jeugd ✓, c2 cultuur ✗
 *   d        -               -               -
 */
const handmade: Samenwerking = deepFreeze({
  partners: [partner("d"), partner("c"), partner("b"), partner("a")],
  belangen: [
    { id: "c2", partnerId: "c", niveau: "netwerk", text: "Cultuur", themes: ["Cultuur"] },
    { id: "a1", partnerId: "a", niveau: "individu", text: "Jeugd", themes: ["Jeugd"] },
    { id: "a2", partnerId: "a", niveau: "netwerk", text: "Wonen", themes: ["wonen"] },
    { id: "b1", partnerId: "b", niveau: "individu", text: "Mobiliteit", themes: ["mobiliteit"] },
    { id: "b2", partnerId: "b", niveau: "organisatie", text: "Budget", themes: ["budget"] },
    { id: "c1", partnerId: "c", niveau: "netwerk", text: "Jeugd", themes: ["jeugd"] },
  ],
  standpunten: [],
  ambition: createAmbition({
    text: "Samen voor de jeugd",
    themes: ["Jéugd"],
    belangIds: ["b2"],
    by: "a",
  }),
});

describe("interestCoverage", () => {
  const c = interestCoverage(handmade);

  it("counts the partners with a belang per level and those still missing", () => {
    expect(c.byNiveau.individu).toMatchObject({
      partnersTotal: 4,
      partnersWithBelang: 2,
      articulation: 0.5,
      missingPartners: ["c", "d"],
    });
    expect(c.byNiveau.organisatie).toMatchObject({
      partnersTotal: 4,
      partnersWithBelang: 1,
      articulation: 0.25,
      missingPartners: ["a", "c", "d"],
    });
    expect(c.byNiveau.netwerk).toMatchObject({
      partnersTotal: 4,
      partnersWithBelang: 2,
      articulation: 0.5,
      missingPartners: ["b", "d"],
    });
  });

  it("counts the belangen the ambition serves by theme or by id, per level", () => {
    expect(c.byNiveau.individu).toMatchObject({
      belangenTotal: 2,
      belangenServed: 1,
      served: 0.5,
      unservedBelangen: ["b1"],
    });
    expect(c.byNiveau.organisatie).toMatchObject({
      belangenTotal: 1,
      belangenServed: 1,
      served: 1,
      unservedBelangen: [],
    });
    expect(c.byNiveau.netwerk).toMatchObject({
      belangenTotal: 3,
      belangenServed: 1,
      served: 1 / 3,
      unservedBelangen: ["a2", "c2"],
    });
  });

  it("computes the balance as the normalised entropy of the per-level articulation", () => {
    // articulation (0.5, 0.25, 0.5) → shares (0.4, 0.2, 0.4)
    const h = -(2 * 0.4 * Math.log(0.4) + 0.2 * Math.log(0.2));
    expect(c.balance).toBeCloseTo(h / Math.log(3), 10);
    expect(c.balance).toBeCloseTo(0.96023, 5);
  });

  it("reports the ambition's normalised themes", () => {
    expect(c.ambitionThemes).toEqual(["jeugd"]);
  });

  it("gives one row per partner, sorted by id, with the same figures", () => {
    expect(c.partners.map((p) => p.partnerId)).toEqual(["a", "b", "c", "d"]);
    const [a, b, cc, d] = c.partners;
    expect(a).toEqual({
      partnerId: "a",
      byNiveau: {
        individu: {
          articulated: true,
          belangenTotal: 1,
          belangenServed: 1,
          served: 1,
          unservedBelangen: [],
        },
        organisatie: {
          articulated: false,
          belangenTotal: 0,
          belangenServed: 0,
          served: null,
          unservedBelangen: [],
        },
        netwerk: {
          articulated: true,
          belangenTotal: 1,
          belangenServed: 0,
          served: 0,
          unservedBelangen: ["a2"],
        },
      },
      articulation: 2 / 3,
      balance: 0.630929753571,
      belangenTotal: 2,
      belangenServed: 1,
      served: 0.5,
    });
    expect(b?.byNiveau.individu).toEqual({
      articulated: true,
      belangenTotal: 1,
      belangenServed: 0,
      served: 0,
      unservedBelangen: ["b1"],
    });
    expect(b?.byNiveau.organisatie.served).toBe(1);
    expect(cc).toMatchObject({
      articulation: 1 / 3,
      balance: 0,
      belangenTotal: 2,
      belangenServed: 1,
      served: 0.5,
    });
    expect(cc?.byNiveau.netwerk.unservedBelangen).toEqual(["c2"]);
    expect(d).toMatchObject({
      articulation: 0,
      balance: 0,
      belangenTotal: 0,
      belangenServed: 0,
      served: null,
    });
  });

  it("gives served null and lists every belang as unserved without an ambition", () => {
    const { ambition: _, ...rest } = handmade;
    const n = interestCoverage(rest);
    expect(n.ambitionThemes).toBeNull();
    expect(n.byNiveau.netwerk).toMatchObject({
      belangenTotal: 3,
      belangenServed: 0,
      served: null,
      unservedBelangen: ["a2", "c1", "c2"],
    });
    expect(n.partners[0]?.served).toBeNull();
    expect(n.byNiveau.netwerk.articulation).toBe(0.5);
  });

  it("gives served null on a level without belangen", () => {
    const s: Samenwerking = {
      partners: [partner("a")],
      belangen: [{ id: "x", partnerId: "a", niveau: "netwerk", text: "Jeugd", themes: ["jeugd"] }],
      standpunten: [],
      ambition: createAmbition({ text: "Jeugd", themes: ["jeugd"], by: "a" }),
    };
    const r = interestCoverage(s);
    expect(r.byNiveau.individu.served).toBeNull();
    expect(r.byNiveau.netwerk.served).toBe(1);
    expect(r.balance).toBe(0);
  });

  it("gives 0 articulation and balance for an empty collaboration", () => {
    const r = interestCoverage({ partners: [], belangen: [], standpunten: [] });
    expect(r.byNiveau.individu).toEqual({
      partnersTotal: 0,
      partnersWithBelang: 0,
      articulation: 0,
      missingPartners: [],
      belangenTotal: 0,
      belangenServed: 0,
      served: null,
      unservedBelangen: [],
    });
    expect(r.balance).toBe(0);
    expect(r.partners).toEqual([]);
  });

  it("gives a balance of exactly 1 when the three levels are covered equally", () => {
    const s: Samenwerking = {
      partners: [partner("a"), partner("b")],
      belangen: [
        { id: "1", partnerId: "a", niveau: "individu", text: "x" },
        { id: "2", partnerId: "a", niveau: "organisatie", text: "x" },
        { id: "3", partnerId: "a", niveau: "netwerk", text: "x" },
      ],
      standpunten: [],
    };
    const r = interestCoverage(s);
    expect(r.balance).toBe(1);
    expect(r.byNiveau.netwerk.articulation).toBe(0.5);
    expect(r.partners[0]?.balance).toBe(1);
  });

  it("derives the ambition's themes from its text when it has none", () => {
    const s: Samenwerking = {
      partners: [partner("a"), partner("b")],
      belangen: [
        { id: "1", partnerId: "a", niveau: "netwerk", text: "Vrije tijd", themes: ["jeugd"] },
        { id: "2", partnerId: "b", niveau: "netwerk", text: "Elke jongere telt" },
        { id: "3", partnerId: "b", niveau: "individu", text: "Minder papierwerk" },
      ],
      standpunten: [],
      ambition: createAmbition({ text: "Meer jeugdwerking voor jongeren", by: "a" }),
    };
    const r = interestCoverage(s);
    expect(r.ambitionThemes).toEqual(["jeugd", "jeugdwerking", "jonger"]);
    expect(r.byNiveau.netwerk.belangenServed).toBe(2);
    expect(r.byNiveau.individu.unservedBelangen).toEqual(["3"]);
  });

  it("refuses a belang of a partner not at the table: the collaboration is not valid", () => {
    const s = {
      partners: [partner("a")],
      belangen: [{ id: "1", partnerId: "ghost", niveau: "netwerk" as const, text: "x" }],
      standpunten: [],
    };
    expect(() => interestCoverage(s)).toThrow(SamenwerkingError);
    expect(() => interestCoverage(s)).toThrow(
      'belangen[0].partnerId: refers to an id that does not exist: no partner has id "ghost"',
    );
  });

  it("covers the example collaboration", () => {
    const r = interestCoverage(exampleSamenwerking());
    expect(r.byNiveau.individu.missingPartners).toEqual(["apothekers", "gemeente", "ocmw"]);
    expect(r.byNiveau.netwerk.served).toBe(0.75);
    expect(r.byNiveau.organisatie.unservedBelangen).toEqual(["b-ap-1", "b-oc-2"]);
  });

  it("does not mutate deeply frozen input (and gives the same result twice)", () => {
    expect(interestCoverage(handmade)).toEqual(c);
  });
});

import { describe, expect, it } from "vitest";
import {
  detectBrillen,
  exampleSamenwerking,
  lensProfile,
  type Samenwerking,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

// Texts with one clear lens each (cues of detectBrillen, under the built-in fitted weights).
const UTILITAIR = "We hebben meer budget nodig voor personeel.";
const POLITIEK = "Wij willen meer inspraak en invloed.";
const ZINGEVEND = "Onze visie en waarden staan voorop.";
const TIE = "Waarden en verbondenheid."; // zingevend and relationeel score the same
const NONE = "Tja."; // no word that points to a lens

const s: Samenwerking = deepFreeze({
  partners: [
    { id: "stad", name: "Stad", brillen: ["politiek", "utilitair", "zingevend"] },
    { id: "club", name: "Club", brillen: ["utilitair"] },
    { id: "ocmw", name: "OCMW", brillen: ["zingevend"] },
  ],
  belangen: [
    { id: "b1", partnerId: "club", niveau: "organisatie", text: UTILITAIR },
    { id: "b2", partnerId: "club", niveau: "netwerk", text: NONE, bril: "zingevend" },
    { id: "b3", partnerId: "stad", niveau: "organisatie", text: POLITIEK, bril: "politiek" },
  ],
  standpunten: [
    { id: "s1", partnerId: "club", text: TIE },
    { id: "s2", partnerId: "stad", text: NONE },
  ],
});

describe("lensProfile", () => {
  const p = lensProfile(s);

  it("lists per lens the partners who declare it, sorted by id", () => {
    expect(p.byBril).toEqual({
      utilitair: ["club", "stad"],
      politiek: ["stad"],
      zingevend: ["ocmw", "stad"],
      relationeel: [],
    });
  });

  it("lists the lenses nobody declares, in the fixed lens order", () => {
    expect(p.missing).toEqual(["relationeel"]);
  });

  it("lists the partners who wear more than two lenses", () => {
    expect(p.manyBrillen).toEqual(["stad"]);
  });

  it("uses a statement whose top lenses tie (a precondition on detectBrillen's cues)", () => {
    const [first, second] = detectBrillen(TIE).ranked;
    expect([first?.bril, second?.bril]).toEqual(["zingevend", "relationeel"]);
    expect(first?.score).toBeGreaterThan(0);
    expect(second?.score).toBe(first?.score);
  });

  it("counts the top lens of each statement, every lens tied at the top, and a belang's own bril as expressed", () => {
    const club = p.partners.find((x) => x.partnerId === "club");
    expect(club).toEqual({
      partnerId: "club",
      declared: ["utilitair"],
      expressed: ["utilitair", "zingevend", "relationeel"],
      onlyDeclared: [],
      onlyExpressed: ["zingevend", "relationeel"],
      expressedCounts: { utilitair: 1, politiek: 0, zingevend: 2, relationeel: 1 },
      statements: 3,
    });
  });

  it("counts a lens once per belang when the text and the bril agree", () => {
    const stad = p.partners.find((x) => x.partnerId === "stad");
    expect(stad).toEqual({
      partnerId: "stad",
      declared: ["utilitair", "politiek", "zingevend"],
      expressed: ["politiek"],
      onlyDeclared: ["utilitair", "zingevend"],
      onlyExpressed: [],
      expressedCounts: { utilitair: 0, politiek: 1, zingevend: 0, relationeel: 0 },
      statements: 2,
    });
  });

  it("expresses nothing for a partner without statements", () => {
    const ocmw = p.partners.find((x) => x.partnerId === "ocmw");
    expect(ocmw).toMatchObject({
      expressed: [],
      onlyDeclared: ["zingevend"],
      onlyExpressed: [],
      statements: 0,
    });
  });

  it("lists per lens the partners who express it", () => {
    expect(p.expressedByBril).toEqual({
      utilitair: ["club"],
      politiek: ["stad"],
      zingevend: ["club"],
      relationeel: ["club"],
    });
    expect(p.missingExpressed).toEqual([]);
  });

  it("lists a lens as missing in expression too only when nobody declares nor expresses it", () => {
    const q = lensProfile({
      partners: [{ id: "a", name: "A", brillen: ["utilitair"] }],
      belangen: [{ id: "b", partnerId: "a", niveau: "individu", text: POLITIEK }],
      standpunten: [],
    });
    expect(q.missing).toEqual(["politiek", "zingevend", "relationeel"]);
    expect(q.missingExpressed).toEqual(["zingevend", "relationeel"]);
  });

  it("sorts partners by id whatever the input order", () => {
    expect(p.partners.map((x) => x.partnerId)).toEqual(["club", "ocmw", "stad"]);
    const reversed = {
      ...s,
      partners: [...s.partners].reverse(),
      belangen: [...s.belangen].reverse(),
    };
    expect(lensProfile(reversed)).toEqual(p);
  });

  it("profiles the example collaboration", () => {
    const e = lensProfile(exampleSamenwerking());
    expect(e.missing).toEqual([]);
    expect(e.byBril.zingevend).toEqual(["mantelzorg", "ocmw"]);
    expect(e.partners.map((x) => x.statements)).toEqual([3, 3, 3, 2, 2, 3]);
  });

  it("does not mutate deeply frozen input", () => {
    expect(lensProfile(s)).toEqual(p);
  });
});

describe("lensProfile on a collaboration that is not valid", () => {
  it("says so: a belang of an id that is not a partner is a SamenwerkingError", () => {
    const bad = {
      partners: [{ id: "club", name: "Club", brillen: ["utilitair" as const] }],
      belangen: [{ id: "b4", partnerId: "ghost", niveau: "netwerk" as const, text: ZINGEVEND }],
      standpunten: [],
    };
    expect(() => lensProfile(bad)).toThrow(/no partner has id "ghost"/);
  });
});

import { describe, expect, it } from "vitest";
import { coverageMatrixChart, lensProfileChart, winWinChart } from "../../src/charts/index";
import {
  classifyStatement,
  detectBrillen,
  detectNiveau,
  exampleSamenwerking,
  interestCoverage,
  lensProfile,
  ownership,
  type Samenwerking,
  SamenwerkingError,
  safeParseSamenwerking,
  suggestWinWin,
  themesOf,
  whyQuestions,
} from "../../src/index";
import { report } from "../../src/report/index";

describe("the safe parser never throws (issue 14, item 8)", () => {
  it("returns a failure for an input with a throwing getter", () => {
    const input = {
      partners: [],
      belangen: [],
      get standpunten(): never {
        throw new Error("boom");
      },
    };
    const r = safeParseSamenwerking(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toContain("cannot be read (boom)");
  });

  it("returns a failure for a Proxy whose ownKeys throws", () => {
    const input = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const r = safeParseSamenwerking(input);
    expect(r.success).toBe(false);
  });
});

describe("arguments are checked at the public edge (issue 14, item 9)", () => {
  it("refuses a text that is not a string, naming the function and argument", () => {
    expect(() => classifyStatement(null as never)).toThrow(
      new TypeError("classifyStatement: text must be a string, got null"),
    );
    expect(() => classifyStatement(42 as never)).toThrow(
      new TypeError("classifyStatement: text must be a string, got 42"),
    );
    expect(() => detectBrillen(undefined as never)).toThrow(TypeError);
    expect(() => detectNiveau({} as never)).toThrow(TypeError);
    expect(() => whyQuestions(null as never)).toThrow(TypeError);
    expect(() => whyQuestions({ text: 1 } as never)).toThrow(
      "whyQuestions: standpunt.text must be a string, got 1",
    );
  });

  it("refuses options: null with a TypeError naming options", () => {
    expect(() => classifyStatement("x", null as never)).toThrow(
      "classifyStatement: options must be an object, got null",
    );
    expect(() => suggestWinWin(exampleSamenwerking(), null as never)).toThrow(
      "suggestWinWin: options must be an object, got null",
    );
    expect(() => themesOf({ text: "x" }, null as never)).toThrow(TypeError);
  });

  it("refuses themesOf({ text: null }) instead of returning ['null']", () => {
    expect(() => themesOf({ text: null } as never)).toThrow(
      "themesOf: belang.text must be a string, got null",
    );
  });

  it("refuses a similarity that returns anything but a finite number in [0, 1]", () => {
    const s = exampleSamenwerking();
    for (const bad of [2, Number.POSITIVE_INFINITY, "0.9", Number.NaN, -1]) {
      expect(() => suggestWinWin(s, { similarity: () => bad as number })).toThrow(RangeError);
    }
    expect(() => suggestWinWin(s, { similarity: () => 2 })).toThrow(
      /similarity must return a finite number in \[0, 1\], got 2 for belangen/,
    );
    expect(suggestWinWin(s, { similarity: () => 1 }).candidates).toBeGreaterThan(0);
  });

  it("says so when an analysis gets an object that is not a valid collaboration", () => {
    const bogus = { partners: [{ id: "a" }], belangen: [{}], standpunten: [] } as never;
    for (const f of [interestCoverage, lensProfile, suggestWinWin, ownership]) {
      expect(() => f(bogus)).toThrow(SamenwerkingError);
      expect(() => f(null as never)).toThrow(TypeError);
    }
    expect(() => interestCoverage(bogus)).toThrow(/Invalid collaboration/);
  });
});

function protoPartner(): Samenwerking {
  return JSON.parse(
    '{"partners":[{"id":"__proto__","name":"Stad Gent","brillen":["politiek"]},{"id":"b","name":"OCMW","brillen":["zingevend"]}],' +
      '"belangen":[{"id":"b1","partnerId":"__proto__","niveau":"netwerk","text":"Jeugd","themes":["jeugd"]},{"id":"b2","partnerId":"b","niveau":"netwerk","text":"Jeugd","themes":["jeugd"]}],"standpunten":[]}',
  ) as Samenwerking;
}

describe("a partner with id __proto__ (issue 14, item 11)", () => {
  it("shows its name in every chart and in the HTML report", () => {
    const s = protoPartner();
    for (const svg of [lensProfileChart(s), coverageMatrixChart(s), winWinChart(s)]) {
      expect(svg).toContain("Stad Gent");
    }
    const html = report(s, { lang: "nl", format: "html" });
    expect(html).toContain("Stad Gent");
    expect(html).not.toMatch(/>__proto__</);
  });

  it("shows its name from a names option too", () => {
    const names = JSON.parse('{"__proto__":"Stad Gent","b":"OCMW"}') as Record<string, string>;
    expect(lensProfileChart(lensProfile(protoPartner()), { names })).toContain("Stad Gent");
  });
});

function manyPartners(n: number): Samenwerking {
  const partners = [];
  for (let i = 0; i < n; i++)
    partners.push({ id: `p${i}`, name: `P${i}`, brillen: ["politiek" as const] });
  return { partners, belangen: [], standpunten: [] };
}

describe("no stack overflow on many partners (issue 14, item 6)", () => {
  const s = manyPartners(130_000);

  it("draws every chart of 130,000 partners", () => {
    expect(lensProfileChart(lensProfile(s))).toContain("<svg");
    expect(coverageMatrixChart(interestCoverage(s))).toContain("<svg");
    expect(winWinChart(suggestWinWin(s))).toContain("<svg");
  }, 60_000);
});

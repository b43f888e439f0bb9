import { describe, expect, it } from "vitest";
import { safeParseSamenwerking } from "../../src/index";

const withPartner = (id: string, name: string): unknown => ({
  partners: [{ id, name, brillen: ["politiek"] }],
  belangen: [],
  standpunten: [],
});

function codes(input: unknown): string[] {
  const r = safeParseSamenwerking(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path} ${i.code}`);
}

describe("not blank means at least one visible character (issue 14, item 10)", () => {
  it("refuses an id and a name made only of zero-width characters", () => {
    expect(codes(withPartner("\u200b\u200c\u200d", "\u2060\ufeff"))).toEqual([
      "partners[0].id blank",
      "partners[0].name blank",
    ]);
  });

  it("refuses other invisible texts: soft hyphens, direction marks, Hangul fillers, controls", () => {
    for (const invisible of ["\u00ad", "\u200e\u200f", "\u3164", "\u0007", "\u0301", "\u2800"]) {
      expect(codes(withPartner("a", invisible))).toEqual(["partners[0].name blank"]);
    }
  });

  it("accepts a visible text with invisible characters in it", () => {
    expect(codes(withPartner("a\u200bb", "An\u200d"))).toEqual([]);
    expect(codes(withPartner("ocmw", "👩‍👩‍👧"))).toEqual([]);
  });
});

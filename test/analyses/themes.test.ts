import { describe, expect, it } from "vitest";
import { normalizeTheme, type Samenwerking, themesOf, themeVocabulary } from "../../src/index";
import { deepFreeze } from "../support/freeze";

describe("normalizeTheme", () => {
  it("trims, collapses white space, lower-cases and folds accents", () => {
    expect(normalizeTheme("  Jeugd \t Wérking ")).toBe("jeugd werking");
    expect(normalizeTheme("Éénzaamheid")).toBe("eenzaamheid");
  });

  it("gives an empty key for a blank theme", () => {
    expect(normalizeTheme("   ")).toBe("");
  });
});

describe("themesOf", () => {
  it("uses the explicit themes, normalised, sorted and without duplicates", () => {
    expect(
      themesOf({ text: "Iets over woningen", themes: [" Wonen", "jeugd", "JEUGD", "Jéugd "] }),
    ).toEqual(["jeugd", "wonen"]);
  });

  it("derives from the text when the explicit themes are empty", () => {
    expect(themesOf({ text: "Betaalbare woningen", themes: [] })).toEqual(["betaalbar", "woning"]);
  });

  it("drops Dutch and English stop words, short words and numbers", () => {
    expect(
      themesOf({ text: "Wij willen dat de 20 jongeren in ons netwerk op tijd zijn." }),
    ).toEqual(["jonger", "tijd"]);
    expect(
      themesOf({ text: "We want our partners to have more time for the volunteers." }),
    ).toEqual(["time", "volunteer"]);
  });

  it("folds Dutch plurals and the adjectival -e onto one key", () => {
    const key = (text: string): string[] => themesOf({ text }, { lang: "nl" });
    expect(key("jongeren")).toEqual(key("jongere"));
    expect(key("woningen")).toEqual(["woning"]);
    expect(key("woning")).toEqual(["woning"]);
    expect(key("organisaties")).toEqual(key("organisatie"));
    expect(key("gemeenten")).toEqual(key("gemeente"));
    expect(key("gemeentes")).toEqual(key("gemeente"));
    expect(key("scholen")).toEqual(key("school"));
    expect(key("huizen")).toEqual(key("huis"));
    expect(key("gezinnen")).toEqual(["gezin"]);
    expect(key("vrijwilligers")).toEqual(["vrijwilliger"]);
    expect(key("mogelijkheden")).toEqual(["mogelijkheid"]);
    expect(key("auto's")).toEqual(["auto"]);
    expect(key("festivals")).toEqual(["festival"]);
    expect(key("weekends")).toEqual(["weekend"]);
    expect(key("handelaars")).toEqual(key("handelaar"));
    expect(key("huisarts")).toEqual(["huisarts"]);
    expect(key("jongens")).toEqual(key("jongen"));
  });

  it("does not fold a Dutch word that only ends in s", () => {
    expect(themesOf({ text: "huis" }, { lang: "nl" })).toEqual(["huis"]);
    expect(themesOf({ text: "kans" }, { lang: "nl" })).toEqual(["kans"]);
    expect(themesOf({ text: "kansen" }, { lang: "nl" })).toEqual(["kans"]);
    expect(themesOf({ text: "plaats" }, { lang: "nl" })).toEqual(["plaats"]);
    expect(themesOf({ text: "fonds" }, { lang: "nl" })).toEqual(["fonds"]);
  });

  it("folds English plurals", () => {
    const key = (text: string): string[] => themesOf({ text }, { lang: "en" });
    expect(key("volunteers")).toEqual(["volunteer"]);
    expect(key("communities")).toEqual(["community"]);
    expect(key("churches")).toEqual(["church"]);
    expect(key("houses")).toEqual(["house"]);
    expect(key("process")).toEqual(["process"]);
    expect(key("bus")).toEqual(["bus"]);
  });

  it("applies the rules of the language it is given", () => {
    expect(themesOf({ text: "houses" }, { lang: "en" })).toEqual(["house"]);
    expect(themesOf({ text: "houses" }, { lang: "nl" })).toEqual(["houses"]);
  });

  it("counts the parts of a hyphenated word", () => {
    expect(themesOf({ text: "co-ouderschap en jeugd-werking" })).toEqual([
      "jeugd",
      "ouderschap",
      "werking",
    ]);
  });

  it("splits a Dutch compound against the vocabulary", () => {
    expect(themesOf({ text: "Meer jeugdwerking in de wijk" }, { vocabulary: ["jeugd"] })).toEqual([
      "jeugd",
      "jeugdwerking",
      "wijk",
    ]);
  });

  it("does not split a compound without a vocabulary", () => {
    expect(themesOf({ text: "Meer jeugdwerking" })).toEqual(["jeugdwerking"]);
  });

  it("splits off a known head and a modifier with a linking -s- or a plural", () => {
    const vocabulary = ["beleid", "opvang", "kinderen", "vrijwilliger"];
    expect(themesOf({ text: "beleidsplan" }, { vocabulary })).toEqual(["beleid", "beleidsplan"]);
    expect(themesOf({ text: "kinderopvang" }, { vocabulary })).toEqual([
      "kinderen",
      "kinderopvang",
      "opvang",
    ]);
    expect(themesOf({ text: "vrijwilligerswerk" }, { vocabulary })).toEqual([
      "vrijwilliger",
      "vrijwilligerswerk",
    ]);
  });

  it("does not split where the rest is a derivational suffix", () => {
    expect(themesOf({ text: "zorgvuldig werken" }, { vocabulary: ["zorg"] })).toEqual([
      "werk",
      "zorgvuldig",
    ]);
    expect(themesOf({ text: "duurzaamheid" }, { vocabulary: ["duurzaam"] })).toEqual([
      "duurzaamheid",
    ]);
  });

  it("does not split off a part shorter than minPartLength", () => {
    expect(themesOf({ text: "dakwerken" }, { vocabulary: ["dak"] })).toEqual(["dakwerk"]);
    expect(themesOf({ text: "dakwerken" }, { vocabulary: ["dak"], minPartLength: 3 })).toEqual([
      "dak",
      "dakwerk",
    ]);
  });

  it("does not split where the rest starts with a vowel and is unknown (a cut syllable)", () => {
    expect(themesOf({ text: "personeel" }, { vocabulary: ["pers"] })).toEqual(["personel"]);
    expect(themesOf({ text: "handelaars" }, { vocabulary: ["hand"] })).toEqual(["handelar"]);
    expect(themesOf({ text: "noodopvang" }, { vocabulary: ["nood", "opvang"] })).toEqual([
      "nood",
      "noodopvang",
      "opvang",
    ]);
  });

  it("splits off a known second part only when the first part is known too", () => {
    expect(themesOf({ text: "opdracht" }, { vocabulary: ["acht", "opdracht"] })).toEqual([
      "opdracht",
    ]);
    expect(themesOf({ text: "huisarts" }, { vocabulary: ["arts"] })).toEqual(["huisarts"]);
    expect(themesOf({ text: "huisarts" }, { vocabulary: ["arts", "huis"] })).toEqual([
      "arts",
      "huis",
      "huisarts",
    ]);
  });

  it("does not split English words", () => {
    expect(
      themesOf({ text: "We need support with the homework" }, { vocabulary: ["home"] }),
    ).toEqual(["homework", "support"]);
  });

  it("maps an inflected word onto the vocabulary's spelling", () => {
    expect(themesOf({ text: "Elke jongere telt" }, { vocabulary: ["jongeren"] })).toEqual([
      "jongeren",
      "telt",
    ]);
  });

  it("prefers the vocabulary's spelling over a folded form that is also in it", () => {
    expect(themesOf({ text: "Onze jongeren" }, { vocabulary: ["jonger", "jongeren"] })).toEqual([
      "jongeren",
    ]);
    expect(themesOf({ text: "jongerenwerking" }, { vocabulary: ["jonger", "jongeren"] })).toEqual([
      "jongeren",
      "jongerenwerking",
    ]);
  });

  it("throws a RangeError for a minPartLength that is not a whole number ≥ 2", () => {
    expect(() => themesOf({ text: "x" }, { minPartLength: 1 })).toThrow(RangeError);
    expect(() => themesOf({ text: "x" }, { minPartLength: 2.5 })).toThrow(
      /minPartLength must be a whole number ≥ 2/,
    );
  });

  it("does not mutate deeply frozen input", () => {
    const b = deepFreeze({ text: "Onze jongeren", themes: ["Jeugd"] as string[] });
    const vocabulary = deepFreeze(["jeugd"]);
    expect(themesOf(b, { vocabulary })).toEqual(["jeugd"]);
    expect(themesOf({ text: b.text }, { vocabulary })).toEqual(["jonger"]);
  });
});

describe("themeVocabulary", () => {
  const s: Samenwerking = deepFreeze({
    partners: [
      { id: "p", name: "P", brillen: ["utilitair"] },
      { id: "q", name: "Q", brillen: ["zingevend"] },
    ],
    belangen: [
      { id: "b1", partnerId: "p", niveau: "netwerk", text: "Woningen", themes: ["Jeugd"] },
      { id: "b2", partnerId: "q", niveau: "netwerk", text: "Meer jeugdwerking voor jongeren" },
    ],
    standpunten: [],
  });

  it("holds the explicit themes and the folded words of texts without themes", () => {
    expect(themeVocabulary(s)).toEqual(["jeugd", "jeugdwerking", "jonger"]);
  });

  it("gives themesOf exactly the themes the analyses use", () => {
    const vocabulary = themeVocabulary(s);
    expect(themesOf(s.belangen[1] as Samenwerking["belangen"][number], { vocabulary })).toEqual([
      "jeugd",
      "jeugdwerking",
      "jonger",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  BRIL_TEXT,
  BRILLEN,
  BrilSchema,
  isBril,
  isLang,
  isNiveau,
  LANGS,
  NIVEAU_TEXT,
  NIVEAUS,
  NiveauSchema,
} from "../../src/index";

describe("BRILLEN and NIVEAUS", () => {
  it("list the four lenses and three levels in their fixed order", () => {
    expect(BRILLEN).toEqual(["utilitair", "politiek", "zingevend", "relationeel"]);
    expect(NIVEAUS).toEqual(["individu", "organisatie", "netwerk"]);
    expect(BrilSchema.options).toEqual([...BRILLEN]);
    expect(NiveauSchema.options).toEqual([...NIVEAUS]);
  });
});

describe("BRIL_TEXT and NIVEAU_TEXT", () => {
  it("give a label, a description and questions in both languages", () => {
    const all = [...BRILLEN.map((b) => BRIL_TEXT[b]), ...NIVEAUS.map((n) => NIVEAU_TEXT[n])];
    for (const text of all) {
      for (const lang of LANGS) {
        expect(text[lang].label.trim()).not.toBe("");
        expect(text[lang].description.trim()).not.toBe("");
        expect(text[lang].questions.length).toBeGreaterThan(0);
        for (const q of text[lang].questions) expect(q.endsWith("?")).toBe(true);
      }
      expect(text.nl.questions).toHaveLength(text.en.questions.length);
    }
  });

  it("use distinct labels", () => {
    for (const lang of LANGS) {
      const labels = [
        ...BRILLEN.map((b) => BRIL_TEXT[b][lang].label),
        ...NIVEAUS.map((n) => NIVEAU_TEXT[n][lang].label),
      ];
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe("isBril, isNiveau, isLang", () => {
  it("accept exactly the listed values", () => {
    expect(BRILLEN.every(isBril)).toBe(true);
    expect(NIVEAUS.every(isNiveau)).toBe(true);
    expect(LANGS.every(isLang)).toBe(true);
    for (const v of ["", "Utilitair", "regio", "fr", 1, null, undefined, {}]) {
      expect(isBril(v)).toBe(false);
      expect(isNiveau(v)).toBe(false);
      expect(isLang(v)).toBe(false);
    }
  });
});

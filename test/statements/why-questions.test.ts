import { describe, expect, it } from "vitest";
import { NIVEAUS, type Standpunt, whyQuestions } from "../../src/index";
import { deepFreeze } from "../support/freeze";

describe("whyQuestions", () => {
  it("asks one question per level, in NIVEAUS order", () => {
    const qs = whyQuestions("Wij willen twee zetels in het bestuur van de koepel.");
    expect(qs.map((q) => q.niveau)).toEqual([...NIVEAUS]);
    for (const q of qs) expect(q.question.endsWith("?")).toBe(true);
  });

  it("shapes the questions by the detected lens and mirrors the position's noun phrase once", () => {
    const qs = whyQuestions("Wij willen twee zetels in het bestuur van de koepel.");
    expect(qs.every((q) => q.bril === "politiek")).toBe(true);
    expect(qs[1]?.question).toBe(
      'Je noemt "twee zetels". Waarom moet je organisatie bij dit standpunt mee aan het stuur zitten of zichtbaar zijn, en wat als dat niet lukt?',
    );
    expect(qs[0]?.question).toBe(
      "Welke rol, erkenning of invloed staat voor jou op het spel bij dit standpunt?",
    );
    expect(qs.filter((q) => q.question.includes("twee zetels"))).toHaveLength(1);
  });

  it("marks the level the position speaks from as focus", () => {
    const qs = whyQuestions("Onze vzw wil een eigen lokaal, betaald door de stad.");
    expect(qs.filter((q) => q.focus).map((q) => q.niveau)).toEqual(["organisatie"]);
    const given = whyQuestions("Onze vzw wil een eigen lokaal, betaald door de stad.", {
      niveau: "netwerk",
    });
    expect(given.filter((q) => q.focus).map((q) => q.niveau)).toEqual(["netwerk"]);
  });

  it("uses the lens and language given in the options", () => {
    const qs = whyQuestions("Het repetitielokaal moet op zaterdag open.", {
      lang: "en",
      bril: "relationeel",
    });
    expect(qs.every((q) => q.bril === "relationeel")).toBe(true);
    expect(qs[2]?.question).toBe(
      "What would this position change in how the partners treat and trust each other?",
    );
  });

  it("falls back to lens-neutral questions when no lens is clear", () => {
    // No lens cue at all: every lens scores 0.
    const qs = whyQuestions("Dat plein moet helemaal anders.");
    expect(qs.every((q) => q.bril === null)).toBe(true);
    expect(qs[1]?.question).toBe(
      "Waarom telt dit standpunt voor je organisatie, en waar moet die vooral op kunnen rekenen?",
    );
  });

  it("answers in English for an English position", () => {
    const qs = whyQuestions("Our choir should get a free rehearsal room from the council.");
    expect(qs[0]?.question).toMatch(/^What|^Which|^With whom|^How/);
    expect(qs.some((q) => q.question.includes("organisation"))).toBe(true);
  });

  it("handles Flemish spoken forms", () => {
    const qs = whyQuestions("Ge moet ons ne extra bestelwagen geven, da's nie te veel gevraagd.");
    expect(qs[0]?.bril).toBe("utilitair");
    expect(qs[1]?.question).toContain('"ne extra bestelwagen"');
  });

  it("accepts a deeply frozen Standpunt and gives the same questions as its text", () => {
    const s: Standpunt = deepFreeze({
      id: "s1",
      partnerId: "p1",
      text: "Ik wil een vaste stoel in de stuurgroep.",
    });
    expect(whyQuestions(s)).toEqual(whyQuestions(s.text));
    expect(s.text).toBe("Ik wil een vaste stoel in de stuurgroep.");
  });

  it("gives lens-neutral questions about an empty position", () => {
    const qs = whyQuestions("");
    expect(qs.map((q) => [q.niveau, q.bril, q.focus])).toEqual([
      ["individu", null, false],
      ["organisatie", null, false],
      ["netwerk", null, false],
    ]);
  });
});

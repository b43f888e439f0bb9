import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  detectBrillen,
  detectNiveau,
  extendLexicon,
  type Lang,
  type Niveau,
} from "../../src/index";
import { nl } from "../../src/lang/packs";
import type { LanguagePack } from "../../src/lang/types";
import { niveauCues } from "../../src/statements/detect-niveau";
import { deepFreeze } from "../support/freeze";

// The Dutch pack without its fitted weights: the lexicon weights and the fixed rules.
const plainNl: LanguagePack = {
  ...nl,
  levels: { cues: nl.levels.cues, role: nl.levels.role, subject: nl.levels.subject },
};

describe("detectNiveau", () => {
  it("returns the best level and a score for every level", () => {
    const result = detectNiveau("Ik wil mijn avonden terug.");
    expect(result.niveau).toBe("individu");
    expect(Object.keys(result.scores)).toEqual(["individu", "organisatie", "netwerk"]);
    expect(result.scores.individu).toBeGreaterThan(result.scores.organisatie);
    expect(result.scores.individu).toBeGreaterThan(result.scores.netwerk);
  });

  it("returns null with zero scores when nothing points to a level", () => {
    expect(detectNiveau("")).toEqual({
      niveau: null,
      scores: { individu: 0, organisatie: 0, netwerk: 0 },
      ranked: [
        { niveau: "individu", score: 0 },
        { niveau: "organisatie", score: 0 },
        { niveau: "netwerk", score: 0 },
      ],
      cues: [],
    });
    expect(detectNiveau("Akkoord.", { lang: plainNl }).niveau).toBeNull();
  });

  it("returns the same shape as detectBrillen, with cues that explain the scores", () => {
    const text = "Onze vzw wil een zetel in de raad van bestuur.";
    const d = detectNiveau(text, { lang: "nl" });
    expect(Object.keys(d).sort()).toEqual(["cues", "niveau", "ranked", "scores"]);
    expect(Object.keys(detectBrillen(text, { lang: "nl" })).sort()).toEqual([
      "bril",
      "cues",
      "ranked",
      "scores",
    ]);
    expect(d.ranked[0]).toEqual({ niveau: "organisatie", score: d.scores.organisatie });
    for (const c of d.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    const sum = d.cues.filter((c) => c.label === "organisatie").reduce((a, c) => a + c.weight, 0);
    expect(sum).toBeCloseTo(d.scores.organisatie, 3);
  });

  it.each([
    ["Ik ben mijn vrije zaterdagen kwijt aan die vergaderingen.", "individu"],
    ["'k Heb geen tijd meer voor mijn eigen klas.", "individu"],
    ["Onze vzw kan de huur niet meer dragen.", "organisatie"],
    ["Wij als school willen onze leerlingen niet kwijt.", "organisatie"],
    ["Samen met alle clubs van de regio kunnen we meer.", "netwerk"],
    ["De gemeenten moeten elkaar beter vertrouwen.", "netwerk"],
    ["Ik hoop dat alle partners elkaar beter leren kennen.", "netwerk"],
    ["Ik vrees dat onze werking het niet overleeft.", "organisatie"],
  ] as const)("finds the level of the Dutch statement %j", (text, niveau) => {
    expect(detectNiveau(text, { lang: "nl" }).niveau).toBe(niveau);
  });

  it.each([
    ["I lose my free Saturdays to these meetings.", "individu"],
    ["Our association can no longer pay the rent.", "organisatie"],
    ["Together with all the clubs in the region we can do more.", "netwerk"],
    ["I hope the partners learn to trust each other.", "netwerk"],
    ["I fear our team will not survive this.", "organisatie"],
  ] as const)("finds the level of the English statement %j", (text, niveau) => {
    expect(detectNiveau(text, { lang: "en" }).niveau).toBe(niveau);
  });

  it("explains its scores with cues whose offsets sit on the cue words", () => {
    const text = "Ik hoop dat alle partners elkaar vinden.";
    const hits = niveauCues(text, { lang: "nl" });
    expect(hits.map((h) => [h.label, text.slice(h.start, h.end)])).toEqual([
      ["individu", "Ik hoop"],
      ["netwerk", "alle"],
      ["netwerk", "partners"],
      ["netwerk", "elkaar"],
    ]);
  });

  it("reads a statement without an owner as a network concern", () => {
    expect(detectNiveau("De bussen rijden te weinig naar de dorpen.").niveau).toBe("netwerk");
  });

  it.each([
    ["Als toneelkring willen we jonge spelers een podium geven.", "nl"],
    ["We moeten als zwemclub zuiniger omspringen met het water.", "nl"],
    ["What we want as a small theatre is a fair share of the stage time.", "en"],
  ] as const)("reads a group that names its role as an organisation: %j", (text, lang) => {
    expect(detectNiveau(text, { lang }).niveau).toBe("organisatie");
    expect(niveauCues(text, { lang }).map((h) => h.cue)).toContain(
      lang === "nl" ? "als …" : "as a …",
    );
  });

  it("does not read a conditional 'als' as a role", () => {
    const cues = niveauCues("Als de subsidie wegvalt, moeten we sluiten.", { lang: "nl" });
    expect(cues.map((h) => h.cue)).not.toContain("als …");
  });

  it.each([
    ["Het dienstencentrum moet open blijven tot zes uur.", "nl", "organisatie"],
    ["The sailing club has to keep its boats on the lake.", "en", "organisatie"],
    ["De zwemclub en de school moeten het bad delen.", "nl", "netwerk"],
    ["Het stadscentrum moet autovrij worden.", "nl", "netwerk"],
  ] as const)("reads one organisation as opening subject: %j", (text, lang, niveau) => {
    expect(detectNiveau(text, { lang }).niveau).toBe(niveau);
  });

  it("does not read 'elke week' or 'every month' as the network", () => {
    expect(detectNiveau("Wij rijden elke week naar de veiling.", { lang: "nl" }).niveau).toBe(
      "organisatie",
    );
    expect(detectNiveau("We meet every month at the depot.", { lang: "en" }).niveau).toBe(
      "organisatie",
    );
  });

  it("reads a party that opens the statement and speaks as its organisation", () => {
    const minutes = detectNiveau(
      "Het OCMW laat weten dat de wachtlijst voor budgetbeheer opnieuw groeit.",
      { lang: "nl" },
    );
    expect(minutes.niveau).toBe("organisatie");
    expect(minutes.cues.map((c) => [c.cue, c.text])).toContainEqual([
      "het … laat weten",
      "Het OCMW laat weten",
    ]);
    const represented = detectNiveau(
      "De directeur van de academie vraagt dat de voorstellingen in juni voorrang krijgen.",
      { lang: "nl" },
    );
    expect(represented.niveau).toBe("organisatie");
    const en = detectNiveau("The parish council said it could not maintain the path.", {
      lang: "en",
    });
    expect(en.niveau).toBe("organisatie");
    expect(en.cues.map((c) => c.cue)).toContain("the … said");
  });

  it("reads a speaker for an organisation, or its board and officers, as the organisation", () => {
    for (const [text, lang] of [
      ["Namens de huisartsenkring wordt gevraagd om de nachtdienst te herbekijken.", "nl"],
      ["Reactie van de milieudienst: de controles worden in mei verdubbeld.", "nl"],
      ["Volgens de penningmeester zijn de reserves na de renovatie bijna op.", "nl"],
      ["Speaking on behalf of Hollins Farm, Ms Reid asked for a later start.", "en"],
      ["Response from the council: the bins will be emptied on Fridays.", "en"],
    ] as const) {
      expect(detectNiveau(text, { lang }).niveau, text).toBe("organisatie");
    }
    // Not a person who speaks for herself, nor one who waits for an organisation's answer: the
    // construction ("reactie van" opening the statement) does not fire on the latter.
    expect(
      detectNiveau("Speaking for myself, I would rather keep the Friday market.", { lang: "en" })
        .niveau,
    ).toBe("individu");
    const waiting = detectNiveau("Ik wacht al weken op een reactie van de gemeente.", {
      lang: "nl",
    });
    expect(waiting.cues.filter((c) => c.cue.startsWith("^reactie"))).toEqual([]);
    // "a representative sample" is no one who speaks for an organisation: the construction
    // (representative of/from/for) does not fire on it.
    const sample = detectNiveau("A representative sample of residents was asked.", { lang: "en" });
    expect(sample.cues.filter((c) => c.cue.startsWith("representative|"))).toEqual([]);
    // Without such a speaker, the same matter is the network's.
    expect(
      detectNiveau("De reserves van alle partners zijn bijna op.", { lang: "nl" }).niveau,
    ).toBe("netwerk");
  });

  // A known weakness from the sixteenth session's second refit to the seventeenth's: the fitted
  // word "representative" tipped a sample of residents to the organisation (2.135 against
  // 2.13). From the eighteenth session's refit to the twenty-seventh's it was the network's,
  // by a hair (2.165 against 2.14 for the organisation); since the twenty-eighth session's refit
  // (384 writers) it was the organisation's again, by a hair (2.14 against 2.055). With the
  // thirty-seventh session's first level weights (552 writers; words among the first four with
  // weights of their own) it was the network's (2.05 against 1.75); with its second (the same,
  // under an L1 of 2 instead of 1) the organisation's again, 2.15 against 2.05: "residents" adds
  // 0.55 to the organisation. With the thirty-ninth session's refit (580 writers) the network's
  // again, 2.05 against 1.85 ("residents" adds 0.45 to the organisation, 1.05 to the network).
  // With the fortieth session's refit (596 writers) the organisation's again, 2.35 against 2.05:
  // "representative" adds 0.8 to the organisation, "residents" 0.55. With the forty-first
  // session's refit (612 writers) the network's again, 2.05 against 1.65: "representative" adds
  // 0.4 to the organisation, "residents" 1.05 to the network.
  it("reads a representative sample of residents as the network (a former known weakness)", () => {
    expect(
      detectNiveau("A representative sample of residents was asked.", { lang: "en" }).niveau,
    ).toBe("netwerk");
  });

  it("reads a Dutch message that drops its 'ik' ('ben', 'heb' first), or the undersigned, as the person", () => {
    for (const text of [
      // "heb" is the only cue here, after the lead words: at weight 1 it just keeps the
      // network's bonus for a statement without an owner away (that bonus needs the person's
      // score below 1).
      "kan zaterdag nie komen, heb een trouwfeest in Brugge",
      "Ondergetekende dient bezwaar in tegen de nieuwe parkeerregeling.",
    ]) {
      expect(detectNiveau(text, { lang: "nl" }).niveau, text).toBe("individu");
    }
  });

  // A known weakness with the twentieth session's refit: the word "gemeente" (1.03 toward the
  // organisation) outweighed the speaker "Ik" (1.14 toward the person, less 0.1 toward the
  // network), 1.33 against 1.18. Read right again with the twenty-first session's refit, whose
  // level weights are capped at 650 vectors: the person 1.16 against the organisation 1.055.
  it("reads a person who waits for an organisation's answer as the person", () => {
    expect(
      detectNiveau("Ik wacht al weken op een reactie van de gemeente.", { lang: "nl" }).niveau,
    ).toBe("individu");
  });

  // A known weakness with the fifteenth session's refit: "vandaag", a word no cue covers, weighed
  // 0.65 toward the network, a hair more than the leading "ben" toward the person (0.62). With
  // the sixteenth session's second refit both weighed 0.56: a tie, which the detector broke in
  // the order of its labels, the person first. With the seventeenth session's refit "vandaag"
  // weighs 0.57 toward the network and "ben" 0.55 toward the person: read wrong again, by a
  // hair, and kept visible (`it.fails` passes only while it is read wrong). With the
  // eighteenth's the network leads the person by 0.59 to 0.57. With the twentieth's the person
  // leads, 0.9 to 0.62 ("ben" 0.88, "vandaag" 0.57): read right again. With the twenty-ninth's
  // the network leads again, 0.86 to 0.62 ("vandaag" 0.79, "ben" 0.62): a known weakness. With
  // the thirty-first's (the level weights under a weaker L2, to one decimal) the person leads,
  // 1.5 to 1.1 ("ben" 1.5, "vandaag" 1 toward the network): read right again.
  it("reads a Dutch message that opens with 'ben' and says 'vandaag' as the person", () => {
    const text = "ben vandaag pas om 10u op de werf, file aan de Kennedytunnel";
    expect(detectNiveau(text, { lang: "nl" }).niveau).toBe("individu");
  });

  it("without fitted weights, counts the person's cues half when the speaker also names a group, in the cues too", () => {
    const alone = detectNiveau("Ik ga zelf bellen.", { lang: plainNl });
    const both = detectNiveau("Ik ga bellen voor onze vzw.", { lang: plainNl });
    const ik = (d: typeof alone) => d.cues.find((c) => c.text === "Ik")?.weight ?? 0;
    expect(ik(alone)).toBeGreaterThan(0);
    expect(ik(both)).toBeCloseTo(ik(alone) / 2, 10);
    expect(both.niveau).toBe("organisatie");
    for (const d of [alone, both]) {
      const individu = d.cues
        .filter((c) => c.label === "individu")
        .reduce((a, c) => a + c.weight, 0);
      expect(d.scores.individu).toBeCloseTo(individu, 3);
    }
  });

  it("does not read two parties, or a party the network cues name, as one organisation", () => {
    const two = detectNiveau("De school en de gemeente wil een extra overleg.", { lang: "nl" });
    expect(two.cues.map((c) => c.cue)).not.toContain("de … wil");
    const partners = detectNiveau("The partners said the plan works.", { lang: "en" });
    expect(partners.cues.map((c) => c.cue)).not.toContain("the … said");
    // The same sentence with one organisation as the party does speak for it.
    const school = detectNiveau("The school said the plan works.", { lang: "en" });
    expect(school.cues.map((c) => c.cue)).toContain("the … said");
    expect(school.niveau).toBe("organisatie");
  });
  // Once a known weakness (kept visible with `it.fails` from the thirty-second session's refit to
  // the thirty-fourth's first): "said" weighs toward the person (1.7) and the organisation (1.2)
  // and not toward the network, so "The partners said …" read as the organisation (by 2.35 to
  // 2.3, 2.45 to 2.4 and 2.45 to 2.3), though the party construction is not found (the test
  // above). Refitted on 468 writers, and again on 484, 492 and 508, "partners" weighs 1.4 toward
  // the network and the sentence read as the network by 2.4 to 2.35. A known weakness again since
  // the thirty-sixth session's second refit (520 writers): "partners" weighs 0.75 toward the
  // organisation too, which wins by 2.45 to 2.4. `it.fails` passes only while it is read wrong.
  it.fails("reads the partners who speak as the network (known weakness)", () => {
    expect(detectNiveau("The partners said the plan works.", { lang: "en" }).niveau).toBe(
      "netwerk",
    );
  });
  it("lets apps add level cues per language", () => {
    const text = "Meer middelen voor het dekenaat.";
    expect(detectNiveau(text, { lang: "nl" }).niveau).toBe("netwerk");
    const lexicon = extendLexicon({
      nl: { levels: { add: [{ pattern: "dekenaat", niveau: "organisatie", weight: 3 }] } },
    });
    expect(detectNiveau(text, { lang: "nl", lexicon }).niveau).toBe("organisatie");
  });

  it("uses only the app's cues with replace", () => {
    const lexicon = extendLexicon({
      en: { levels: { replace: true, add: [{ pattern: "valley", niveau: "netwerk", weight: 2 }] } },
    });
    const r = detectNiveau("I love my valley", { lang: "en", lexicon });
    expect(r.scores.individu).toBe(0);
    expect(r.niveau).toBe("netwerk");
  });

  it("does not mutate deeply frozen options", () => {
    const options = deepFreeze({
      lang: "en" as const,
      lexicon: extendLexicon({
        en: { levels: { add: [{ pattern: "guild", niveau: "organisatie", weight: 2 }] } },
      }),
    });
    expect(detectNiveau("The guild needs this.", options).niveau).toBe("organisatie");
  });

  it("is deterministic", () => {
    const text = "Wij willen dat de regio samen beslist.";
    expect(detectNiveau(text)).toEqual(detectNiveau(text));
  });

  it.each([
    ["I'd love it if the choirs of the valley sang together once a year.", "en", "netwerk"],
    ["I'd love it if I got my Saturdays back.", "en", "individu"],
    ["Ik zou graag hebben dat alle scholen hun turnzalen delen.", "nl", "netwerk"],
    ["In de buurt kent niemand de wijkwerker nog.", "nl", "netwerk"],
    ["Our volunteers are worn out after the summer.", "en", "organisatie"],
  ] as const)("finds the owner of the stake in %j", (text, lang, niveau) => {
    expect(detectNiveau(text, { lang }).niveau).toBe(niveau);
  });

  it("reaches 85% on statements written for other domains", () => {
    const items = readFileSync(new URL("../fixtures/lens-level-ood.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { text: string; lang: Lang; niveau: Niveau });
    const ok = items.filter((it) => detectNiveau(it.text, { lang: it.lang }).niveau === it.niveau);
    expect(ok.length / items.length).toBeGreaterThanOrEqual(0.85);
  });
});

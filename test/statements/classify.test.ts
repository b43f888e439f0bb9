import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ClassifyOptions,
  classifyStatement,
  classifyStatements,
  extendLexicon,
  type StatementClassification,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

// Sentences written for these tests, from settings that are not in the dev set (sports clubs,
// libraries, housing, youth work): each hard-case family of the labelling guideline, both
// languages. The third column says which family the sentence stands for.
const CASES: ReadonlyArray<readonly [string, "standpunt" | "belang", string]> = [
  // nl: plain cases
  [
    "Ik stel voor dat de bibliotheek op zondag open is van tien tot vier.",
    "standpunt",
    "proposal verb, concrete time",
  ],
  [
    "De sportclub moet een tweede terreinverzorger aanwerven, betaald door de gemeente.",
    "standpunt",
    "duty with a body paying",
  ],
  ["Ik vrees dat onze jeugdwerking haar vrijwilligers kwijtraakt.", "belang", "fear"],
  ["We hopen dat de huurders zich thuis voelen in de nieuwe wijk.", "belang", "hope"],
  // nl: modal verbs governing a need or goal
  ["Onze leden moeten zich veilig kunnen voelen in het zwembad.", "belang", "moeten ... kunnen"],
  ["Het bestuur moet transparanter communiceren.", "belang", "moet + an improvement, no means"],
  ["Het bestuur moet elke maand de notulen op de website zetten.", "standpunt", "moet + a measure"],
  ["Ik moet mijn gezin en mijn werk kunnen combineren.", "belang", "moet ... kunnen"],
  ["Wij willen dat de bewoners ons vertrouwen.", "belang", "willen + trust"],
  // nl: positions asked as questions or soft suggestions
  [
    "Zou het niet beter zijn dat de drie bibliotheken één gezamenlijke catalogus gebruiken?",
    "standpunt",
    "zou het niet beter",
  ],
  ["Wat als we de vergadering voortaan om acht uur 's avonds houden?", "standpunt", "wat als"],
  [
    "Misschien kunnen de scholen hun turnzalen 's avonds aan de sportclubs verhuren?",
    "standpunt",
    "misschien kunnen",
  ],
  [
    "Waarom starten we geen gezamenlijke nieuwsbrief voor alle buurthuizen?",
    "standpunt",
    "waarom ... geen",
  ],
  // nl: "belangrijk" decided by what follows
  [
    "Het is belangrijk dat de woonmaatschappij elke huurder binnen twee weken een afspraak geeft.",
    "standpunt",
    "belangrijk + measure",
  ],
  ["Het is belangrijk dat de jongeren zich gehoord voelen.", "belang", "belangrijk + need"],
  // nl: a concrete means phrased as a need, and a need without a means
  [
    "Wij hebben een extra busje nodig, en dat moet de provincie betalen.",
    "standpunt",
    "need + payer",
  ],
  ["Onze club heeft nood aan meer rust in het bestuur.", "belang", "need without a means"],
  // nl: refusals, conditions, votes
  ["Ik teken dat contract niet zolang de huurprijs niet op papier staat.", "standpunt", "zolang"],
  ["Wij weigeren nog langer de kosten van de zaal alleen te dragen.", "standpunt", "weigeren"],
  ["Ik stem tegen de verhoging van het lidgeld.", "standpunt", "vote against"],
  [
    "Onze vereniging doet alleen mee als de kosten eerlijk verdeeld worden.",
    "standpunt",
    "condition holding a value word",
  ],
  ["Geen nieuwe parking naast de speeltuin.", "standpunt", "bare no"],
  // nl: interests without cue words
  ["Ik lig er wakker van dat de wachtlijst voor de jeugdhulp zo lang is.", "belang", "wakker van"],
  ["We verzuipen in de aanvragen.", "belang", "we verzuipen"],
  [
    "Onze trainers staan elke week alleen voor groepen van dertig kinderen.",
    "belang",
    "pressure with a frequency and a number",
  ],
  ["Het zwembad zit op zaterdag altijd overvol.", "belang", "description with a weekday"],
  ["De bewoners van de wijk kennen elkaar nauwelijks.", "belang", "a state of affairs"],
  // nl: informal Flemish, no punctuation, typos
  [
    "Da's toch nie normaal dat wij altijd als laatste horen wat er beslist is",
    "belang",
    "Flemish complaint",
  ],
  [
    "Ge moet gewoon ne vaste contactpersoon aanstellen voor alle clubs",
    "standpunt",
    "Flemish measure",
  ],
  [
    "'k Zou graag hebben dat de gemeente de huur van ons lokaal betaalt",
    "standpunt",
    "Flemish, payer",
  ],
  ["Ik ben bang da we onze beste vrijwilligers gaan verliezen", "belang", "Flemish fear"],
  ["ik vreees dat de buurt zich niet meer thuis voelt", "belang", "typo in vrees"],
  // en: plain cases
  ["I propose that the library opens on Sundays from ten to four.", "standpunt", "propose"],
  [
    "The club should hire a second groundskeeper, paid for by the council.",
    "standpunt",
    "should + payer",
  ],
  ["I'm worried our youth workers will burn out before the summer.", "belang", "worry"],
  ["We hope tenants will feel at home in the new neighbourhood.", "belang", "hope"],
  // en: modal verbs governing a need
  ["Our members must be able to feel safe in the pool.", "belang", "must be able to"],
  ["Let the library stay open until nine on Thursdays.", "standpunt", "imperative let"],
  ["It matters to us that every child feels welcome at the club.", "belang", "matters + a need"],
  // en: soft proposals
  [
    "Wouldn't it make sense for the three libraries to share one catalogue?",
    "standpunt",
    "wouldn't it make sense",
  ],
  [
    "Maybe we could hold the meeting at the community centre from now on?",
    "standpunt",
    "maybe we could",
  ],
  [
    "Why don't we start a joint newsletter for all neighbourhood centres?",
    "standpunt",
    "why don't we",
  ],
  // en: "important"
  [
    "It is important that the housing company gives every tenant an appointment within two weeks.",
    "standpunt",
    "important + measure",
  ],
  ["It is important to us that young people feel heard.", "belang", "important + need"],
  // en: need with and without a means
  ["We need an extra minibus, and the province has to pay for it.", "standpunt", "need + payer"],
  ["Our club needs more calm on the board.", "belang", "need without a means"],
  // en: refusals, conditions, votes
  ["I won't sign the contract unless the rent is in writing.", "standpunt", "unless"],
  ["We'll only take part if the costs are shared fairly.", "standpunt", "only if"],
  ["Our association votes against raising the membership fee.", "standpunt", "vote against"],
  ["No new car park next to the playground.", "standpunt", "bare no"],
  // en: interests without cue words, informal writing
  ["Our volunteers drop out when they feel unheard.", "belang", "no cue word"],
  ["I lie awake worrying about the waiting list for youth care.", "belang", "worry"],
  ["we are drowning in applications", "belang", "no punctuation"],
  ["im afraid we will lose our best volunteers", "belang", "no apostrophe"],
];

describe("classifyStatement", () => {
  it.each(CASES)("classifies %j as %s (%s)", (text, kind) => {
    expect(classifyStatement(text).kind).toBe(kind);
  });

  it("tolerates repeated letters and missing apostrophes in cue words", () => {
    const fear = classifyStatement("ik vreees dat de buurt afhaakt");
    expect(fear.cues.find((q) => q.family === "b.fear")?.text).toBe("vreees");
    const en = classifyStatement("we wont pay for that", { lang: "en" });
    expect(en.cues.find((q) => q.family === "s.refuse")?.text).toBe("wont");
  });

  it("detects the language, Flemish spoken forms included", () => {
    expect(classifyStatement("Da's nie goe, ge moet da ni doen").lang).toBe("nl");
    expect(classifyStatement("We're afraid nobody will come").lang).toBe("en");
    expect(classifyStatement("We're afraid nobody will come", { lang: "nl" }).lang).toBe("nl");
  });

  it("returns onbepaald only for texts without any letter", () => {
    for (const text of ["", "   ", "\n\t", "?!...", "42", "12,5 % — 3/4", "🙂🙂"]) {
      const c = classifyStatement(text);
      expect(c.kind).toBe("onbepaald");
      expect(c.confidence).toBe(0);
      expect(c.cues).toEqual([]);
      expect(c.segments).toEqual([]);
    }
    expect(classifyStatement("x").kind).not.toBe("onbepaald");
    expect(classifyStatement("Ja.").kind).not.toBe("onbepaald");
  });

  it("reports cues with offsets into the input, the kind they point to and their weight", () => {
    const text = "  Ik vrees dat we in 2027 twee zalen moeten delen.";
    const c = classifyStatement(text);
    expect(c.kind).toBe("belang");
    const fear = c.cues.find((q) => q.family === "b.fear");
    expect(fear).toMatchObject({
      text: "vrees",
      start: 5,
      end: 10,
      kind: "belang",
      id: "b.fear:vrees*",
    });
    const year = c.cues.find((q) => q.family === "s.number");
    expect(year).toMatchObject({ text: "2027", kind: "standpunt" });
    // What a fear is about is not a demand: the same number weighs more outside a fear.
    const plain = classifyStatement("We moeten in 2027 twee zalen delen.");
    expect(plain.kind).toBe("standpunt");
    const plainYear = plain.cues.find((q) => q.text === "2027");
    expect(plainYear?.weight ?? 0).toBeGreaterThan(year?.weight ?? 0);
    for (const q of c.cues) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.weight).toBeGreaterThan(0);
    }
  });

  it("explains its score: bias plus standpunt weights minus belang weights", () => {
    for (const [text] of CASES) {
      const c = classifyStatement(text);
      const sum = c.cues.reduce(
        (s, q) => s + (q.kind === "standpunt" ? q.weight : -q.weight),
        c.bias,
      );
      expect(c.score).toBeCloseTo(sum, 5);
      if (c.segments.length === 1) expect(c.kind).toBe(c.score > 0 ? "standpunt" : "belang");
    }
  });

  it("gives a confidence that grows with the size of the score", () => {
    const weak = classifyStatement("De wijk verandert.");
    const strong = classifyStatement("Ik vrees en ik hoop en ik maak me zorgen over de toekomst.");
    expect(strong.kind).toBe("belang");
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
    expect(strong.confidence).toBeLessThanOrEqual(1);
    expect(weak.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps one segment covering the whole statement when there is nothing to split", () => {
    const text = "  Wij hopen op meer rust in de wijk.  ";
    const c = classifyStatement(text);
    expect(c.segments).toEqual([
      {
        kind: "belang",
        start: 2,
        end: 36,
        text: "Wij hopen op meer rust in de wijk.",
        confidence: c.confidence,
      },
    ]);
  });

  it("splits a position from its reason after want, omdat, because and so that", () => {
    const nl =
      "Laten we de turnzaal delen met de school, want onze leden voelen zich nu nergens thuis.";
    expect(parts(classifyStatement(nl))).toEqual([
      ["standpunt", "Laten we de turnzaal delen met de school"],
      ["belang", "onze leden voelen zich nu nergens thuis"],
    ]);
    const en =
      "Let's share the gym with the school, so that our members finally feel at home somewhere.";
    expect(parts(classifyStatement(en))).toEqual([
      ["standpunt", "Let's share the gym with the school"],
      ["belang", "our members finally feel at home somewhere"],
    ]);
  });

  it("splits a statement whose reason comes first", () => {
    const nl =
      "Omdat we bang zijn dat de jongeren afhaken, stellen we voor om de training op zaterdag te geven.";
    const c = classifyStatement(nl);
    expect(c.kind).toBe("standpunt");
    expect(parts(c)).toEqual([
      ["belang", "we bang zijn dat de jongeren afhaken"],
      ["standpunt", "stellen we voor om de training op zaterdag te geven"],
    ]);
    const en = "Because our volunteers are exhausted, we propose to hire one paid coordinator.";
    expect(parts(classifyStatement(en))).toEqual([
      ["belang", "our volunteers are exhausted"],
      ["standpunt", "we propose to hire one paid coordinator"],
    ]);
  });

  it("keeps the question mark of a position asked as a question", () => {
    const c = classifyStatement("Kunnen we niet samen één bus huren? Anders haken de ouders af.");
    expect(parts(c)).toEqual([
      ["standpunt", "Kunnen we niet samen één bus huren?"],
      ["belang", "haken de ouders af"],
    ]);
  });

  it("does not split an interest that gives its own cause", () => {
    const c = classifyStatement("Ik maak me zorgen, want onze vrijwilligers zijn op.");
    expect(c.kind).toBe("belang");
    expect(c.segments).toHaveLength(1);
  });

  it("does not modify deeply frozen options", () => {
    const extension = deepFreeze({
      nl: {
        statements: {
          add: [{ pattern: "asap", kind: "standpunt" as const, weight: 2 }],
          remove: ["b.hope"],
        },
      },
    });
    const options: ClassifyOptions = deepFreeze({
      lang: "nl",
      lexicon: extendLexicon(extension),
    });
    const c = classifyStatement("We hopen dat het asap geregeld is.", options);
    expect(c.cues.map((q) => q.id)).toContain("s.custom:asap");
    expect(c.cues.some((q) => q.family === "b.hope")).toBe(false);
  });

  it("lets an app add, remove and replace cues per language", () => {
    const text = "We would like a hackathon next spring.";
    const plain = classifyStatement(text, { lang: "en" });
    expect(plain.cues.some((q) => q.text === "hackathon")).toBe(false);
    const lexicon = extendLexicon({
      en: {
        statements: { add: [{ pattern: "hackathon*", kind: "standpunt", weight: 3, id: "event" }] },
      },
    });
    expect(lexicon.langs).toEqual(["en"]);
    const added = classifyStatement(text, { lang: "en", lexicon });
    expect(added.cues.find((q) => q.id === "event")).toMatchObject({
      text: "hackathon",
      weight: 3,
      family: "s.custom",
    });
    expect(added.score).toBeCloseTo(plain.score + 3, 5);
    // The Dutch lexicon is untouched by an English extension.
    const nl = classifyStatement("Ik vrees het ergste.", {
      lexicon: extendLexicon({ en: { statements: { remove: ["b.fear"] } } }),
    });
    expect(nl.cues.some((q) => q.family === "b.fear")).toBe(true);
    // Removing by id, by family and by pattern.
    for (const remove of ["b.fear:vrees*", "b.fear", "vrees*"]) {
      const c = classifyStatement("Ik vrees het ergste.", {
        lexicon: extendLexicon({ nl: { statements: { remove: [remove] } } }),
      });
      expect(c.cues.some((q) => q.family === "b.fear")).toBe(false);
    }
    // Replacing: only the app's cues (and the structural ones) remain.
    const only = classifyStatement("Ik vrees dat we nooit een fonds oprichten.", {
      lexicon: extendLexicon({
        nl: {
          statements: { replace: true, add: [{ pattern: "fonds", kind: "standpunt", weight: 1 }] },
        },
      }),
    });
    expect(only.cues.map((q) => q.text)).toEqual(["fonds"]);
  });

  it("matches multi-word, anchored and gapped patterns from an app", () => {
    const lexicon = extendLexicon({
      nl: {
        statements: {
          add: [
            { pattern: "^graag_zo", kind: "belang", weight: 1, id: "anchored" },
            { pattern: "wil ~2 fietsen", kind: "standpunt", weight: 1, id: "gap" },
          ],
        },
      },
    });
    const c = classifyStatement("Graag zo. Ik wil morgen fietsen, graag zo.", { lexicon });
    expect(c.cues.filter((q) => q.id === "anchored").map((q) => q.start)).toEqual([0, 33]);
    expect(c.cues.find((q) => q.id === "gap")?.text).toBe("wil morgen fietsen");
  });

  it("rejects lexicon entries it cannot use, naming the entry and the rule", () => {
    const ok = { pattern: "a", kind: "belang", weight: 1 };
    const bad = (entry: object) => () =>
      extendLexicon({ en: { statements: { add: [ok as never, entry as never] } } });
    expect(bad({ pattern: " ", kind: "belang", weight: 1 })).toThrow(
      new RangeError("lexicon.en.statements.add[1].pattern: must be a non-empty string"),
    );
    for (const weight of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(bad({ pattern: "a", kind: "belang", weight })).toThrow(
        new RangeError("lexicon.en.statements.add[1].weight: must be a finite number >= 0"),
      );
    }
    expect(bad({ pattern: "a", kind: "wens", weight: 1 })).toThrow(
      new RangeError('lexicon.en.statements.add[1].kind: must be "standpunt" or "belang"'),
    );
    expect(bad({ pattern: "~2", kind: "belang", weight: 1 })).toThrow(
      new RangeError("lexicon.en.statements.add[1].pattern: must start with a word"),
    );
    expect(() =>
      extendLexicon({
        nl: { lenses: { add: [{ pattern: "x", bril: "blauw", weight: 1 }] } },
      } as never),
    ).toThrow(
      new RangeError(
        'lexicon.nl.lenses.add[0].bril: must be one of "utilitair", "politiek", "zingevend", "relationeel"',
      ),
    );
    expect(() => extendLexicon({ nl: { moods: {} } } as never)).toThrow(
      new RangeError(
        "lexicon.nl.moods: unknown lexicon; use statements, lenses, levels or concepts",
      ),
    );
  });

  it("refuses a lexicon option that extendLexicon did not make", () => {
    const fake = { langs: ["nl"] } as const;
    expect(() => classifyStatement("x", { lexicon: fake })).toThrow(
      new TypeError(
        "classifyStatement: options.lexicon: must be a CueLexicon made by extendLexicon()",
      ),
    );
    expect(() => classifyStatements(["x"], { lexicon: fake })).toThrow(TypeError);
  });
});

// Known weaknesses, kept visible: `it.fails` passes only while the classifier still gets these
// wrong. When a change fixes one, move it into CASES above.
describe("classifyStatement (announcements, prohibitions and goals)", () => {
  // These two were known weaknesses (it.fails) until cues for an announced opening or closing
  // and for a prohibition that binds everybody were added.
  it("reads a prohibition for everybody as a position", () => {
    expect(
      classifyStatement("Geen enkele club mag nog sponsoring van gokbedrijven aannemen.").kind,
    ).toBe("standpunt");
  });
  it("reads an announced decision without any cue word as a position", () => {
    expect(classifyStatement("De bibliotheek blijft op maandag dicht.").kind).toBe("standpunt");
  });

  // Written for this test, not taken from the dev set; the second of each pair guards the cue.
  const PAIRS: ReadonlyArray<readonly [string, "standpunt" | "belang"]> = [
    ["Het buurthuis gaat in juli dicht.", "standpunt"],
    ["Het probleem blijft open.", "belang"],
    ["The youth centre remains closed during the summer.", "standpunt"],
    ["The question stays open for now.", "belang"],
    ["Geen enkele school mag ouders extra laten betalen voor uitstappen.", "standpunt"],
    ["Geen enkele bewoner mag zich hier onveilig voelen.", "belang"],
    ["Wij doen enkel mee aan het project als de haven zelf de studie betaalt.", "standpunt"],
    ["Bewoners willen hun klacht maar één keer hoeven te melden.", "belang"],
    ["I want my children to grow up somewhere green.", "belang"],
    ["We want our council to hire two extra wardens.", "standpunt"],
    ["Volunteers want their work to make a difference.", "belang"],
    ["Da's toch ni normaal dat de kelders elk voorjaar onder water staan.", "belang"],
    ["De verenigingen verdrinken in de formulieren van de subsidiegevers.", "belang"],
    ["Het waterschap verhoogt de dijk nog voor de winter.", "standpunt"],
    // An announced closing with a longer time phrase; "het gaat om" needs its subject.
    ["De sporthal gaat vanaf januari om tien uur dicht.", "standpunt"],
    ["Het gaat ons om de veiligheid van de kinderen.", "belang"],
    // "Er moet een X komen" names the thing; a feeling does not.
    ["Er moet een extra bus komen op zondag.", "standpunt"],
    ["Er is veel onrust in de wijk.", "belang"],
    // Flemish soft question ("kunde gij nie") proposing one step; asking whether.
    ["kunde gij nie vragen of de bib een lokaal vrijmaakt", "standpunt"],
    // A pressure that keeps coming back, against a firm "we keep".
    ["we keep getting complaints about noise from the container terminal", "belang"],
    ["We keep the hall closed on Sundays.", "standpunt"],
    ["We blijven klachten krijgen over het lawaai van de werf.", "belang"],
    // "We feel (that)" gives an opinion: the position after it counts; feeling unsafe does not.
    ["We feel the council should pay for the van.", "standpunt"],
    ["We feel unsafe on the night shift.", "belang"],
    // A noun for a person (huurder, funders) is not a verb of doing (huren, fund).
    ["Our staff spend hours every week filling in the same forms for three funders.", "belang"],
    ["The province should fund two extra caretakers.", "standpunt"],
    // "As long as possible" is a goal, not a condition.
    [
      "It is important that older people can stay in their own homes for as long as possible.",
      "belang",
    ],
    ["We only stay in as long as the port pays half of the study.", "standpunt"],
    // Being stuck, not finding, not agreeing.
    [
      "Older people get stuck when everything moves online, from banking to booking a doctor.",
      "belang",
    ],
    ["Wij vinden geen vrijwilligers meer voor de zaterdagen.", "belang"],
    ["We gaan niet akkoord met de nieuwe tarieven voor het containerpark.", "standpunt"],
    ["We don't agree with the new opening hours of the recycling park.", "standpunt"],
    // A change announced from a date on is a decision.
    ["Vanaf maart rijdt de belbus niet meer naar de deelgemeenten.", "standpunt"],
    ["From next year the museum pass will cost 25 euros.", "standpunt"],
    // An ultimatum ("or we walk"); "hard to" is a pressure; "in te dienen" is no duty.
    ["Bottom line: the county covers the overtime or we walk.", "standpunt"],
    ["It's hard to plan anything when the grant is renewed one year at a time.", "belang"],
    ["Het kost ons handenvol geld om elk jaar opnieuw een dossier in te dienen.", "belang"],
    ["De gemeente dient de kosten van het vervoer zelf te dragen.", "standpunt"],
  ];
  it.each(PAIRS)("%s -> %s", (text, kind) => {
    expect(classifyStatement(text).kind).toBe(kind);
  });
});

describe("classifyStatement (fresh statements, test/fixtures/kind-fresh.jsonl)", () => {
  // 40 statements written after the dev set, in settings it does not cover. Before the cues
  // above were added, 33 of 40 were right (82.5%).
  const rows = readFileSync(new URL("../fixtures/kind-fresh.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { text: string; kind: string; lang: "nl" | "en" });
  it("has 20 statements per language, half of each kind", () => {
    for (const lang of ["nl", "en"]) {
      const xs = rows.filter((r) => r.lang === lang);
      expect(xs.length).toBe(20);
      expect(xs.filter((r) => r.kind === "standpunt").length).toBe(10);
    }
  });
  it("classifies at least 95% of them right in each language", () => {
    for (const lang of ["nl", "en"]) {
      const xs = rows.filter((r) => r.lang === lang);
      const right = xs.filter((r) => classifyStatement(r.text).kind === r.kind).length;
      expect(right / xs.length).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("classifyStatements", () => {
  it("equals mapping classifyStatement, in input order", () => {
    const texts = CASES.map(([t]) => t);
    expect(classifyStatements(texts)).toEqual(texts.map((t) => classifyStatement(t)));
    const opts = { lang: "en" as const };
    expect(classifyStatements(texts, opts)).toEqual(texts.map((t) => classifyStatement(t, opts)));
  });

  it("does not modify a frozen input array", () => {
    const texts = deepFreeze(["Ik hoop op rust.", "Stop met die vergaderingen."]);
    expect(classifyStatements(texts).map((c) => c.kind)).toEqual(["belang", "standpunt"]);
  });
});

function parts(c: StatementClassification): Array<[string, string]> {
  return c.segments.map((s) => [s.kind, s.text]);
}

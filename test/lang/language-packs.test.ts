import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptLexicon } from "../../src/analyses/concepts";
import {
  classifyStatement,
  detectBrillen,
  detectLanguage,
  detectNiveau,
  extendLexicon,
  LANGS,
  whyQuestions,
} from "../../src/index";
import { en, nl } from "../../src/lang/packs";
import { fr } from "../fixtures/lang/fr";

describe("a third language pack from test fixtures", () => {
  it("classifies a French statement with the pack's own cues", () => {
    const c = classifyStatement("Nous proposons que la ville paie le bus.", { lang: fr });
    expect(c.lang).toBe("fr");
    expect(c.kind).toBe("standpunt");
    expect(c.cues.map((q) => q.id)).toContain("s.propose:propos*_~3_que");
    const b = classifyStatement("Nous avons peur pour nos bénévoles.", { lang: fr });
    expect(b.kind).toBe("belang");
    expect(b.cues.map((q) => q.family)).toEqual(["b.fear"]);
  });

  it("splits a French position from its reason at the pack's connectives", () => {
    const text = "Nous demandons un bus le soir, car nos bénévoles ont peur de rentrer seuls.";
    const c = classifyStatement(text, { lang: fr });
    expect(c.segments.map((s) => [s.kind, s.text])).toEqual([
      ["standpunt", "Nous demandons un bus le soir"],
      ["belang", "nos bénévoles ont peur de rentrer seuls"],
    ]);
  });

  it("finds the lens and the level with the pack's cues and constructions", () => {
    expect(detectBrillen("Le budget et le coût du bus.", { lang: fr }).ranked[0]).toEqual({
      bril: "utilitair",
      score: 3.5,
    });
    expect(detectNiveau("Notre association veut un local.", { lang: fr }).niveau).toBe(
      "organisatie",
    );
    // The role construction of the pack: "comme X" with "nous" speaks for an organisation.
    expect(
      detectNiveau("Comme bibliothèque, nous voulons plus de place.", { lang: fr }).niveau,
    ).toBe("organisatie");
  });

  it("reads a speaking party only with the pack's own verbs, and refuses verbs that are no words", () => {
    const text = "La bibliothèque demande plus de place.";
    // The fixture pack lists no speaking verbs: the construction is off.
    expect(detectNiveau(text, { lang: fr }).cues.map((c) => c.cue)).not.toContain("la … demande");
    const speaking = {
      ...fr,
      levels: { ...fr.levels, subject: { ...fr.levels.subject, speaks: "demande", and: "et" } },
    };
    expect(detectNiveau(text, { lang: speaking }).cues.map((c) => c.cue)).toContain("la … demande");
    const broken = {
      ...fr,
      levels: { ...fr.levels, subject: { ...fr.levels.subject, speaks: 42 } },
    };
    expect(() => detectNiveau(text, { lang: broken as never })).toThrow(
      new TypeError("LanguagePack levels.subject.speaks: must be a string of words, got number"),
    );
  });

  it("refuses a connective that does not say where its reason stands", () => {
    const broken = { ...fr, statements: { ...fr.statements, connectives: "car=1 donc=after" } };
    expect(() => classifyStatement("Nous demandons un bus.", { lang: broken })).toThrow(
      new RangeError(
        'lexicon.fr.statements.connectives: "donc=after" must be a word and where its reason stands: word=1 (after it) or word=2 (before it)',
      ),
    );
    // A connective without its place is refused too, not left out.
    const bare = { ...fr, statements: { ...fr.statements, connectives: "car=1 donc" } };
    expect(() => classifyStatement("Nous demandons un bus.", { lang: bare })).toThrow(
      /connectives: "donc" must be a word and where its reason stands/,
    );
  });

  it("refuses a purpose connective that is no connective with its reason first", () => {
    const text = "Nous demandons un bus.";
    const broken = { ...fr, statements: { ...fr.statements, purposeConnectives: "car=pour" } };
    expect(() => classifyStatement(text, { lang: broken })).toThrow(
      new RangeError(
        'lexicon.fr.statements.purposeConnectives: "car=pour" must be a connective whose reason comes first (word=2 in connectives) and the words that make it a purpose: word=one|two',
      ),
    );
    const empty = {
      ...fr,
      statements: { ...fr.statements, purposeConnectives: "donc=pour||puisse" },
    };
    expect(() => classifyStatement(text, { lang: empty })).toThrow(/lists an empty word/);
    const number = { ...fr, statements: { ...fr.statements, purposeConnectives: 42 } };
    expect(() => classifyStatement(text, { lang: number as never })).toThrow(
      new TypeError(
        "lexicon.fr.statements.purposeConnectives: must be a string of word=one|two entries, got number",
      ),
    );
    const fine = {
      ...fr,
      statements: { ...fr.statements, purposeConnectives: "donc=puisse|puissent" },
    };
    expect(classifyStatement(text, { lang: fine }).kind).toBe(
      classifyStatement(text, { lang: fr }).kind,
    );
  });

  it("refuses split words that are not lines of a word and its weight, naming the line", () => {
    const text = "Nous demandons un bus.";
    const number = { ...fr, statements: { ...fr.statements, splitWords: 42 } };
    expect(() => classifyStatement(text, { lang: number as never })).toThrow(
      new TypeError(
        "lexicon.fr.statements.splitWords: must be lines of a word and its weight (a string), got 42",
      ),
    );
    for (const [source, line] of [
      ["car 0.5\ndonc", 'line 2 ("donc")'],
      ["car 0.5 1", 'line 1 ("car 0.5 1")'],
      ["car lots", 'line 1 ("car lots")'],
    ] as const) {
      const broken = { ...fr, statements: { ...fr.statements, splitWords: source } };
      expect(() => classifyStatement(text, { lang: broken })).toThrow(
        new RangeError(
          `lexicon.fr.statements.splitWords: ${line} must be a word and its weight, separated by one space`,
        ),
      );
    }
    const twice = { ...fr, statements: { ...fr.statements, splitWords: "car 0.5\ncar -1" } };
    expect(() => classifyStatement(text, { lang: twice })).toThrow(
      new RangeError('lexicon.fr.statements.splitWords: line 2 gives "car" a second weight'),
    );
  });

  it.each([
    ["clauseSubjects", "il nous c'est"],
    ["subjectConnectives", "comme"],
    ["abbreviations", "env max"],
  ] as const)("refuses %s that are not a string of words, and reads a string", (field, words) => {
    const text = "Nous demandons max. 20 places, comme nous habitons loin.";
    const list = { ...fr, statements: { ...fr.statements, [field]: words.split(" ") } };
    expect(() => classifyStatement(text, { lang: list as never })).toThrow(
      new TypeError(
        `lexicon.fr.statements.${field}: must be a string of space-separated words, got object`,
      ),
    );
    const fine = { ...fr, statements: { ...fr.statements, [field]: words } };
    expect(classifyStatement(text, { lang: fine }).kind).toBe(
      classifyStatement(text, { lang: fr }).kind,
    );
  });

  it.each([
    ["cues", 3, "must be a lexicon source (a string), got 3"],
    ["aliases", ["chuis=je"], "must be word=replacement pairs (a string), got an array"],
    ["connectives", 3, "must be word=1|2 entries (a string), got 3"],
    ["reasonOpeners", undefined, "must be space-separated words (a string), got undefined"],
    ["stressedNumbers", null, "must be space-separated words (a string), got null"],
    ["prior", "0.5", 'must be a finite number (log-odds of standpunt), got "0.5"'],
    ["prior", Number.NaN, "must be a finite number (log-odds of standpunt), got NaN"],
  ] as const)(
    "refuses a statements part whose %s is %s, naming the field",
    (field, value, rule) => {
      const broken = { ...fr, statements: { ...fr.statements, [field]: value } };
      expect(() => classifyStatement("Nous demandons un bus.", { lang: broken as never })).toThrow(
        new TypeError(`lexicon.fr.statements.${field}: ${rule}`),
      );
    },
  );

  it("refuses an alias that is no word=replacement pair, rather than dropping it", () => {
    for (const pair of ["chuis", "=je", "chuis=", "chuis=je=moi"]) {
      const broken = { ...fr, statements: { ...fr.statements, aliases: `jsuis=je ${pair}` } };
      expect(() => classifyStatement("Nous demandons un bus.", { lang: broken })).toThrow(
        new RangeError(
          `lexicon.fr.statements.aliases: "${pair}" must be a word, "=" and what it stands for`,
        ),
      );
    }
    const fine = { ...fr, statements: { ...fr.statements, aliases: " chuis=je\n jsuis=je " } };
    expect(classifyStatement("chuis inquiet", { lang: fine }).kind).toBe("belang");
  });

  it("refuses lens and level cues that are not a lexicon source, naming the part", () => {
    const text = "Nous voulons un parc.";
    const lenses = { ...fr, lenses: { ...fr.lenses, cues: 3 } };
    expect(() => detectBrillen(text, { lang: lenses as never })).toThrow(
      new TypeError("lexicon.fr.lenses.cues: must be a lexicon source (a string), got 3"),
    );
    const levels = { ...fr, levels: { ...fr.levels, cues: null } };
    expect(() => detectNiveau(text, { lang: levels as never })).toThrow(
      new TypeError("lexicon.fr.levels.cues: must be a lexicon source (a string), got null"),
    );
  });

  it("refuses a morphology part that is not inflection pairs and a yes or no, naming the field", () => {
    const text = "Nous voulons des budgets pour les parcs.";
    const cases: [unknown, string][] = [
      [3, "lexicon.fr.morphology.inflections: must be a list of [ending, replacement] pairs"],
      [
        [["s"]],
        "lexicon.fr.morphology.inflections[0]: must be an [ending, replacement] pair of strings, the ending not empty",
      ],
      [
        [
          ["s", ""],
          ["", "x"],
        ],
        "lexicon.fr.morphology.inflections[1]: must be an [ending, replacement] pair of strings, the ending not empty",
      ],
    ];
    for (const [inflections, message] of cases) {
      const broken = { ...fr, morphology: { ...fr.morphology, inflections } };
      expect(() => detectBrillen(text, { lang: broken as never })).toThrow(new TypeError(message));
    }
    const heads = { ...fr, morphology: { ...fr.morphology, compoundHeads: "yes" } };
    expect(() => detectBrillen(text, { lang: heads as never })).toThrow(
      new TypeError('lexicon.fr.morphology.compoundHeads: must be true or false, got "yes"'),
    );
  });

  it("reads each pack with its own word forms, also when packs share their lens cues", () => {
    // "pouvoirs" reads as "pouvoir" only through the pack's inflections; two packs made from the
    // same lens part keep their own lexicons, and a refused pack leaves nothing behind.
    const text = "Nous voulons des pouvoirs.";
    const none = { ...fr, morphology: { inflections: [], compoundHeads: false } };
    const broken = { ...fr, morphology: { ...fr.morphology, inflections: 3 } };
    expect(() => detectBrillen(text, { lang: broken as never })).toThrow(TypeError);
    expect(detectBrillen(text, { lang: fr }).ranked[0]?.bril).toBe("politiek");
    expect(detectBrillen(text, { lang: fr }).ranked[0]?.score).toBeGreaterThan(0);
    expect(detectBrillen(text, { lang: none }).ranked[0]?.score).toBe(0);
    expect(detectBrillen(text, { lang: fr }).ranked[0]?.score).toBeGreaterThan(0);
  });

  it("keeps an app's concept lexicon per pack part and morphology, as without changes", () => {
    // Two packs made from one concepts part with other word forms, under the same app lexicon:
    // each reads with its own morphology (a lexicon kept per part alone gave both the first's).
    const vocabulary = {
      graph: "vervoer mobiliteit",
      langs: { fr: { terms: "vervoer transport", ambiguous: "" } },
    };
    const lexicon = extendLexicon({
      fr: { concepts: { add: [{ pattern: "navette", concept: "vervoer", weight: 1 }] } },
    });
    const none = { ...fr, morphology: { inflections: [], compoundHeads: false } };
    expect(conceptLexicon(vocabulary, fr, lexicon).morphology).toBe(fr.morphology);
    expect(conceptLexicon(vocabulary, none, lexicon).morphology).toBe(none.morphology);
    expect(conceptLexicon(vocabulary, fr, lexicon)).toBe(conceptLexicon(vocabulary, fr, lexicon));
  });

  it.each([
    ["role", null, "levels.role: must be an object, got null"],
    ["role.word", 3, "levels.role.word: must be a string, got 3"],
    ["role.articles", ["le"], "levels.role.articles: must be a string, got an array"],
    ["subject.openers", 3, "levels.subject.openers: must be a string, got 3"],
    [
      "subject.compoundHeads",
      "no",
      'levels.subject.compoundHeads: must be true or false, got "no"',
    ],
  ] as const)("refuses a level part whose %s is %s, naming the field", (field, value, rule) => {
    const [head, tail] = field.split(".") as ["role" | "subject", string | undefined];
    const levels =
      tail === undefined
        ? { ...fr.levels, [head]: value }
        : { ...fr.levels, [head]: { ...fr.levels[head], [tail]: value } };
    expect(() =>
      detectNiveau("Nous voulons un parc.", { lang: { ...fr, levels } as never }),
    ).toThrow(new TypeError(`LanguagePack ${rule}`));
  });

  it("refuses why-question templates that are not a text per lens and level, naming the field", () => {
    const text = "Nous voulons un parc.";
    const missing = { ...fr.why.templates, politiek: { individu: "?", organisatie: "?" } };
    const cases: [unknown, string][] = [
      [null, "why.templates: must be an object, got null"],
      [{ ...fr.why.templates, "-": 3 }, "why.templates.-: must be an object, got 3"],
      [missing, "why.templates.politiek.netwerk: must be a string, got undefined"],
    ];
    for (const [templates, rule] of cases) {
      const lang = { ...fr, why: { ...fr.why, templates } };
      expect(() => whyQuestions(text, { lang: lang as never })).toThrow(
        new TypeError(`LanguagePack ${rule}`),
      );
    }
    expect(whyQuestions(text, { lang: fr })).toHaveLength(3);
  });

  it("refuses a register's letters that are not one letter in lower case, and reads them", () => {
    const text = "R07 – La salle est trop petite. P3 I4";
    const broken = (field: "riskNumbers" | "riskScores", value: unknown) => () =>
      classifyStatement(text, {
        lang: { ...fr, statements: { ...fr.statements, [field]: value } } as never,
      });
    expect(broken("riskNumbers", "r no")).toThrow(
      new RangeError(
        'lexicon.fr.statements.riskNumbers: "no" must be one letter in lower case (a-z)',
      ),
    );
    expect(broken("riskNumbers", "R")).toThrow(/"R" must be one letter in lower case/);
    expect(broken("riskScores", "p-i")).toThrow(
      new RangeError(
        'lexicon.fr.statements.riskScores: "p-i" must be the letters of a likelihood and an impact: l=i (one letter in lower case each)',
      ),
    );
    expect(broken("riskScores", "p=i p=e")).toThrow(
      new RangeError('lexicon.fr.statements.riskScores: "p=e" gives "p" a second impact'),
    );
    expect(broken("riskScores", ["p=i"])).toThrow(
      new TypeError(
        "lexicon.fr.statements.riskScores: must be a string of space-separated words, got object",
      ),
    );
    // The family weighs through a fitted model only, as a field's label does.
    const model = "@bias 0 0\n@b.register -2 0";
    const register = (statements: Partial<typeof fr.statements>) =>
      classifyStatement(text, {
        lang: { ...fr, statements: { ...fr.statements, model, ...statements } },
      })
        .cues.filter((q) => q.family === "b.register")
        .map((q) => [q.text, q.weight]);
    expect(register({})).toEqual([]);
    expect(register({ riskNumbers: "r", riskScores: "p=i" })).toEqual([
      ["R07", 2],
      ["P3 I4", 2],
    ]);
  });

  it("refuses abbreviations that are not words in lower case without their full stop", () => {
    const text = "Nous demandons max. 20 places.";
    const dotted = { ...fr, statements: { ...fr.statements, abbreviations: "env max." } };
    expect(() => classifyStatement(text, { lang: dotted })).toThrow(
      new RangeError(
        'lexicon.fr.statements.abbreviations: "max." must be a word in lower case, written without its full stop',
      ),
    );
    const upper = { ...fr, statements: { ...fr.statements, abbreviations: "Max" } };
    expect(() => classifyStatement(text, { lang: upper })).toThrow(
      /"Max" must be a word in lower case/,
    );
  });

  it("asks why-questions from the pack's templates, mirroring the speaker's words", () => {
    const qs = whyQuestions("Notre association demande un budget fixe.", { lang: fr });
    expect(qs.map((q) => q.bril)).toEqual(["utilitair", "utilitair", "utilitair"]);
    expect(qs[1]?.question).toBe("Vous dites « un budget ». Quel coût cette position évite-t-il ?");
  });

  it("takes an app's cue changes for the pack's language", () => {
    const lexicon = extendLexicon({
      fr: { lenses: { add: [{ pattern: "gymnase*", bril: "utilitair", weight: 2 }] } },
    });
    expect(detectBrillen("Le gymnase ferme.", { lang: fr, lexicon }).ranked[0]).toEqual({
      bril: "utilitair",
      score: 2,
    });
    expect(detectBrillen("Le gymnase ferme.", { lang: fr }).ranked[0]?.score).toBe(0);
  });
});

describe("the built-in packs", () => {
  it("are complete objects of the contract, by code", () => {
    expect([nl.code, en.code]).toEqual([...LANGS]);
    for (const pack of [nl, en]) {
      expect(Object.keys(pack).sort()).toEqual([
        "charts",
        "cli",
        "code",
        "detection",
        "families",
        "labels",
        "lenses",
        "levels",
        "messages",
        "morphology",
        "name",
        "report",
        "statements",
        "themes",
        "why",
      ]);
    }
  });

  it("are the only code that names a language", () => {
    // Outside src/lang/, no source file compares with a language code.
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (path !== "src/lang") walk(path);
        } else if (
          /=== ?"(nl|en)"|"(nl|en)" ?===|\? ?"(nl|en)" ?:/.test(readFileSync(path, "utf8"))
        ) {
          offenders.push(path);
        }
      }
    };
    walk("src");
    expect(offenders).toEqual([]);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["We want a van.", "en"],
    ["We need a van.", "en"],
    ["I am over 55.", "en"],
    ["Wij willen een bestelwagen.", "nl"],
    ["Da's nie oké, ge moet da zelf doen.", "nl"],
    ["Ik ben 62.", "nl"],
    ["Geen parking op het dorpsplein.", "nl"],
    ["Stop the bus cuts!", "en"],
    ["We want one phone number.", "en"],
    ["Wij willen wel graag één nummer.", "nl"],
  ] as const)("reads %j as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    expect(classifyStatement(text).lang).toBe(lang);
  });

  it.each([
    ["late opening Thursdays", "en"],
    ["shared minibus rota", "en"],
    ["Friday discharges go wrong", "en"],
    ["thuiszorg overbelast", "nl"],
    ["financiering na 2026??", "nl"],
    ["Zekerheid tot 2030", "nl"],
    ["Useless software, endless backlog", "en"],
    ["Likelihood: high. Impact: medium.", "en"],
  ] as const)("reads the short %j by its spelling as %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("reads a letter of an abbreviation as no word, and 'do' (Dutch shorthand for Thursday) as no English", () => {
    // English "i" would vote for English; in "i.p.v." and "i.s.m." it is part of a Dutch
    // abbreviation. "do" is English and the Dutch shorthand for Thursday: it counts for neither.
    expect(detectLanguage("Huurfiets i.p.v. bus")).toBe("nl");
    expect(detectLanguage("Zorgbudget i.s.m. OCMW")).toBe("nl");
    expect(detectLanguage("Overleg do 12/3 in lokaal 4")).toBe("nl");
    // A lone "I" still counts, as does "i" in a chat.
    expect(detectLanguage("I. Agreed.")).toBe("en");
    expect(detectLanguage("i think so")).toBe("en");
  });

  it("lets function words outweigh spelling", () => {
    // "thuis" is spelled like English (th), but "we" and "willen" are Dutch function words.
    expect(detectLanguage("We willen thuis blijven.")).toBe("nl");
    expect(detectLanguage("The mayor thinks so.")).toBe("en");
  });

  it("goes to the first built-in language without enough evidence", () => {
    expect(detectLanguage("Bus 42.")).toBe(LANGS[0]);
    expect(detectLanguage("")).toBe(LANGS[0]);
  });

  it("refuses what is not a string, and unknown language codes in options", () => {
    expect(() => detectLanguage(42 as never)).toThrow(TypeError);
    expect(() => classifyStatement("x", { lang: "fr" as never })).toThrow(
      new RangeError(
        'classifyStatement: options.lang: unknown language "fr"; use "nl", "en" or pass a LanguagePack',
      ),
    );
    expect(() => detectBrillen("x", { lang: 3 as never })).toThrow(TypeError);
    expect(() =>
      classifyStatement("x", { lang: { code: "de", name: "Deutsch" } as never }),
    ).toThrow(
      new TypeError(
        'classifyStatement: options.lang: the LanguagePack "de" lacks detection, statements, lenses, levels, morphology, themes, why, labels, report, charts, families, messages, cli',
      ),
    );
  });
});

// The contract of a language pack: everything the library knows about one language, as data.
// A pack is split in parts so that an app bundles only the parts its functions read (the
// classifier never pulls in the report's words). The compiler checks that a pack is complete,
// as date-fns does for its `Locale`.

import type { Bril } from "../model/bril";
import type { IssueCode } from "../model/errors";
import type { Niveau } from "../model/niveau";

/**
 * A cue lexicon in the library's one lexicon format: one label per line, then its entries,
 * separated by spaces. An entry is a sequence of word matchers joined by `_`; a matcher is one
 * or more alternatives joined by `|`. `stem*` matches words that start with `stem`, `*end`
 * words that end with `end`, `*part*` longer words that contain `part` (compounds: the word
 * itself is an entry of its own); `~N` skips up to N words within one clause; a leading `^`
 * anchors the entry at the start of a clause; a trailing `:weight` gives the entry its own
 * weight (lens and level cues; the classifier's entries take the fitted weight of their family).
 * Matching ignores case and accents.
 *
 * @example
 * ```ts
 * const lines: LexiconSource = "b.fear vrees* bang zorgen_over|om\ns.propose stel*_~8_voor";
 * lines.split("\n").length; //=> 2
 * ```
 */
export type LexiconSource = string;

/** What a pack needs to recognise its language among others. */
export interface DetectionPart {
  /**
   * Frequent function words of the language, space-separated, each with an optional `:weight`
   * (default 1). A word listed by two packs counts for neither. Articles and pronouns that no
   * other language shares deserve weight 2.
   */
  readonly functionWords: string;
  /**
   * Letter sequences typical of the language's words, space-separated, each with an optional
   * `:weight` (default 0.5); `^` anchors one at the start of a word, `$` at the end (`ly$`,
   * `^wh`, `ij`). They decide only when the function words do not, as in a short post-it
   * ("late opening Thursdays"): a word counts for a language with the weight of its strongest
   * sequence, and a language needs 0.5 in all and 0.5 more than any other. A sequence two packs
   * list counts for neither. Optional.
   */
  readonly spellings?: string;
}

/** What the statement classifier needs. */
export interface StatementsPart {
  /**
   * The cue lexicon: labels are cue families, `s.` families point to standpunt, `b.`
   * families to belang, and `n.` families (a greeting, a report, a plain fact, a request for
   * information, a step of the meeting) to neither kind, with the direction the fitted model
   * gives them (the family ids are shared by all packs, so one fitted weight serves every
   * language; without a model an `n.` family weighs nothing). A cue of `n.askinfo` (a request for information) counts
   * only in a sentence that ends in a question mark, and one of `s.imperative` (a command) only
   * in a clause that does not (a question opens with its verb too). A cue of a `.field` family
   * (`s.field`, `b.field`, `n.field`) is the label of a field in a register, a log or notes
   * ("Mitigation:", "Oorzaak:", "Owner:"): it counts only where it opens a sentence or clause
   * and a colon follows it, directly or after one word with a digit ("Risk 07:").
   */
  readonly cues: LexiconSource;
  /** Spoken and clitic forms mapped to the written word, `from=to`, space-separated. */
  readonly aliases: string;
  /**
   * Connectives that join a position and its reason: `word=1` when the reason follows,
   * `word=2` when it came first; two words are joined by `_` (`so_that=1`), and are read only
   * where their first word is a connective of its own (`so=2`).
   */
  readonly connectives: string;
  /**
   * Connectives whose reason came first (`word=2` in `connectives`) that may state a purpose
   * instead, with the reason after them. When one of the listed words follows within the next
   * three words of the same clause, the connective states a purpose: `so=can|could` reads
   * "close the road so children can play" as a position and the reason after it. Without one,
   * the split weighs both readings ("merge the teams so parents get one answer"; "we lose
   * hours, so we want a van"). Space-separated; optional (none when left out).
   */
  readonly purposeConnectives?: string | undefined;
  /** Words (or `two_words`) that open a reason clause at the start of a statement. */
  readonly reasonOpeners: string;
  /**
   * Words that open a clause of their own as its subject (`it's they we`; `ik da's die`),
   * space-separated: a part after a comma or a full stop that starts with one is a sentence,
   * not a fragment ("Ban vans after ten, it's dangerous with pushchairs"), which the split
   * weights read as a reason given without a connective. Optional (none when left out).
   */
  readonly clauseSubjects?: string | undefined;
  /**
   * Words that join a reason that follows them only after a comma and right before one of the
   * `clauseSubjects`, space-separated: `as` in "Keep the Friday bus, as we have no other way in"
   * (but not in "as agreed" or "as well as"). Only the split reads them, as a candidate like a
   * connective's; the words weigh nothing on the kind. Optional (none when left out).
   */
  readonly subjectConnectives?: string | undefined;
  /**
   * Abbreviations written with a full stop (`max ca bv nr`; `approx incl`), space-separated in
   * lower case: their point ends no sentence when a word in lower case or a number follows
   * ("max. 20 deelnemers", "ca. €50", "bv. een bus"), nor does the last point of a chain of
   * single letters ("o.a. de scholen", "e.g. the bus") or a point between two words with no
   * space ("19.30"). Optional: without it every full stop ends a sentence.
   */
  readonly abbreviations?: string | undefined;
  /**
   * Words that, written with a stress accent, are a number rather than an article (Dutch
   * `één` against `een`), space-separated in their folded form; empty when there are none.
   */
  readonly stressedNumbers: string;
  /**
   * The letters of a risk's or an issue's number in a register, when it opens a statement
   * ("R07 –", "R-21", "I-03": `r i`), space-separated in lower case. Such a number is a cue of
   * `b.register`: the line names a risk or an issue, a threat to an interest. Optional.
   */
  readonly riskNumbers?: string | undefined;
  /**
   * The letters of a risk's likelihood and its impact in a register, each written with a digit
   * ("L3 I4", "L 2 / I 5": `l=i`), as `likelihood=impact` pairs, space-separated in lower case.
   * Such a pair is a cue of `b.register`, and its digits are no numbers (`s.number`). Optional.
   */
  readonly riskScores?: string | undefined;
  /** Prior log-odds of standpunt before any cue, for a pack without a `model`. */
  readonly prior: number;
  /**
   * Weights fitted on labelled statements (written by `npm run fit`), optional: one line per
   * weight, `key standpunt neither`. The key is `@bias`, `@` and a cue family's weight name
   * (`@s.refuse`, `@s.means/desc`, `@b/cond`, `@s/feared`), or a phrase of one to three words
   * joined by `_` in their compared form, `^` in front when it opens a sentence (`^could_we`).
   * The first number weighs toward standpunt rather than belang, the second toward neither
   * kind (`onbepaald`) rather than belang. Without a model, the families weigh the shared
   * fitted weights and the statement is never `onbepaald` unless it holds no letter.
   */
  readonly model?: string | undefined;
  /**
   * What the word where a candidate split's two parts meet adds to the split's fitted
   * probability, on its log-odds (written by `npm run fit:split` with the split weights),
   * optional: one line per word, `word weight`, the word in its compared form. The word is the
   * connective (`because`, `want`) or the first word after the clause or sentence break (`it's`,
   * `we`, `dan`). Only a pack with a `model` splits by fitted weights; without this, no word adds
   * anything.
   */
  readonly splitWords?: string | undefined;
}

/** What the lens detector needs: one lexicon whose labels are the four lenses. */
export interface LensesPart {
  /** The lens cues, one line per lens (`utilitair kost* budget*:1.5 ...`). */
  readonly cues: LexiconSource;
  /**
   * Weights fitted on labelled statements (written by `npm run fit:detectors`), optional. The
   * first line is `@labels` and the four lenses; then one line per weight vector, a key and
   * one non-negative number per lens: `@from:<lens>` (what one unit of a cue's lexicon weight
   * adds to each lens), `=` and a cue pattern with `_` for spaces (what that cue adds besides),
   * or a word in its compared form (what it adds where no cue covers it). Without a model, a
   * cue adds its lexicon weight to its own lens.
   */
  readonly model?: string | undefined;
}

/** The words of the "as a role" construction: a group naming its role speaks for its organisation. */
export interface RoleWords {
  /** The word that introduces a role ("als", "as"). */
  readonly word: string;
  /** Articles that must follow it before the role (English "a an"); empty when the role is bare. */
  readonly articles: string;
  /** Words after which `word` does not introduce a role ("als we", "als gevolg"). */
  readonly notARole: string;
  /** Pronouns of a group speaking for itself. */
  readonly we: string;
  /** How the cue is shown in explanations ("als …"). */
  readonly cue: string;
}

/** The words of a statement that opens with one organisation as its subject. */
export interface SubjectWords {
  /** Words that open such a statement (articles). */
  readonly openers: string;
  /** Nouns of a single organisation. */
  readonly organisations: string;
  /** Whether an organisation noun also counts as the head of a compound (Dutch `voetbalclub`). */
  readonly compoundHeads: boolean;
  /** Words (or compound modifiers) that make the noun a place or a residents' body instead. */
  readonly notAnOrganisationBefore: string;
  /** Words after the noun that make it part of a group ("school cluster"). */
  readonly groupAfter: string;
  /** Words that join a second party or a larger body ("en", "van"). */
  readonly joiners: string;
  /**
   * Verbs (third person singular; two words joined by `_`) by which one party takes a stance
   * or is reported, as in minutes ("vraagt", "laat_weten", "said"): a statement that opens with
   * a party (an opener and at most four words) followed by one of them speaks for that party's
   * organisation. Optional; without it the construction is off.
   */
  readonly speaks?: string;
  /** Words that join a second party to the speaking party ("en", "and"): then it is not one. */
  readonly and?: string;
}

/** What the level detector needs. */
export interface LevelsPart {
  /** The level cues, one line per level (`individu ik mijn ...`). */
  readonly cues: LexiconSource;
  /** The role construction. */
  readonly role: RoleWords;
  /** The subject construction. */
  readonly subject: SubjectWords;
  /**
   * Weights fitted on labelled statements (written by `npm run fit:detectors`), optional: as
   * {@link LensesPart.model}, with the three levels, a `^` after `@from:` or `=`, or in front
   * of a word, for a cue or a word among the first four words, and `@ownerless`, what a
   * statement of three words or more with no cue of the person or the organisation adds.
   * Without a model, the lexicon weights count, 1.5 times among the first words, and such a
   * statement adds 1 to `netwerk`.
   */
  readonly model?: string | undefined;
}

/** Word forms: how a word no cue matched may still be read as one. */
export interface MorphologyPart {
  /**
   * Inflection endings with what replaces them, tried in order on a word that no cue matched
   * (`["ies", "y"]`: `policies` reads as `policy`).
   */
  readonly inflections: readonly (readonly [ending: string, replacement: string])[];
  /**
   * Whether a word that no cue matched counts as the last part of a compound (`vergaderzaal`
   * is a `zaal`): true for languages that write compounds as one word.
   */
  readonly compoundHeads: boolean;
}

/** What the themes of a text need: a stemmer, stop words and compound rules. */
export interface ThemesPart {
  /** Folds a normalised word to the form themes are compared in (plural and possessive gone). */
  readonly stem: (word: string) => string;
  /** Words that never become a theme, space-separated. */
  readonly stopwords: string;
  /**
   * How compounds are split into known themes, or `null` when the language does not write
   * compounds as one word.
   */
  readonly compounds: CompoundRules | null;
}

/** How a language's compounds split into known words. */
export interface CompoundRules {
  /** Endings that are derivational suffixes, never a word of their own (`heid`, `lijk`). */
  readonly suffixes: string;
  /** Linking letters a first part may end with (`s` in `arbeidsmarkt`), space-separated. */
  readonly linkers: string;
  /** Plural linkers the stemmer folds (`en` in `jongerenwerking`), space-separated. */
  readonly pluralLinkers: string;
}

/**
 * One language's part of a {@link ConceptVocabulary}: the terms that evoke each concept of the
 * vocabulary's language-neutral graph, and the words with two meanings.
 */
export interface ConceptsPart {
  /**
   * One line per concept in the lexicon format ({@link LexiconSource}): the concept's id, then
   * its terms and inflected forms (weight 1), its related terms (`:0.5`, weaker) and, for
   * languages that write compounds as one word, its compound parts as `*part*` (`:0.8`), which
   * count only inside a word no term names (`*mantelzorg*` in "mantelzorgpremie").
   */
  readonly terms: LexiconSource;
  /**
   * Words with two meanings (`bank`: a bench or a bank), space-separated in their normalised
   * form: alone they never join two belangen, as a theme or as a concept term.
   */
  readonly ambiguous: string;
}

/**
 * A concept vocabulary, for {@link suggestWinWin} (`options.concepts`) and {@link conceptsOf}
 * (`options.vocabulary`): concepts are used only when an app passes one. The built-in one
 * (`builtInConcepts` of `samenwerken/concepts`, 674 concepts in Dutch and English) is data of
 * its own entry, so that an app that does not use concepts does not bundle it.
 */
export interface ConceptVocabulary {
  /**
   * The language-neutral concept graph, one concept a line: its id (lower-case kebab-case), its
   * field and, when it has any, its broader concepts (ids joined by commas), separated by spaces.
   */
  readonly graph: string;
  /** Per language code (`nl`, `en`, or the code of a pack an app passes): its terms. */
  readonly langs: { readonly [code: string]: ConceptsPart };
}

/** Question templates for one lens (or none): one per level, `{x}` stands for the position. */
export type LevelTemplates = { readonly [N in Niveau]: string };

/** What the why-questions need. */
export interface WhyPart {
  /** Templates per lens, and `"-"` for questions without a lens. */
  readonly templates: { readonly [B in Bril | "-"]: LevelTemplates };
  /** How a question refers to the position ("dit standpunt"). */
  readonly reference: string;
  /** The opening that mirrors the speaker's words; `{phrase}` is the quoted phrase. */
  readonly mirror: string;
  /** Words that open a noun phrase the questions can quote, space-separated. */
  readonly determiners: string;
  /**
   * The ending an adjective takes between a determiner and its noun (Dutch `e`: "een vaste
   * stoel"), or `""` when any word may stand there.
   */
  readonly adjectiveEnding: string;
}

/** Display text for a lens or a level in one language. */
export interface ConceptText {
  /** Short display label, e.g. `"Utilitaire bril"`. */
  readonly label: string;
  /** One line that says what the concept is about. */
  readonly description: string;
  /** The guiding questions a facilitator asks about it, in a fixed order. */
  readonly questions: readonly string[];
}

/** The labels of the model's concepts. */
export interface LabelsPart {
  /** Per lens. */
  readonly brillen: { readonly [B in Bril]: ConceptText };
  /** Per level. */
  readonly niveaus: { readonly [N in Niveau]: ConceptText };
}

/**
 * The cue families of the statement classifier, shared by every pack: `s.` families point to
 * standpunt, `b.` families to belang. `s.phrase` and `b.phrase` are the phrases of a pack's
 * fitted model (`StatementsPart.model`). Apps may add families of their own (`extendLexicon`).
 */
export type CueFamily =
  | "s.propose"
  | "s.letus"
  | "s.softq"
  | "s.question"
  | "s.refuse"
  | "s.condition"
  | "s.vote"
  | "s.judge"
  | "s.firm"
  | "s.means"
  | "s.concrete"
  | "s.time"
  | "s.payer"
  | "s.number"
  | "s.device"
  | "s.want_np"
  | "s.modal"
  | "s.scope"
  | "s.imperative"
  | "s.wish"
  | "s.field"
  | "b.fear"
  | "b.hope"
  | "b.value"
  | "b.ability"
  | "b.state"
  | "b.feeling"
  | "b.abstract"
  | "b.goal"
  | "b.keep"
  | "b.self"
  | "b.caveat"
  | "b.relation"
  | "b.avoid"
  | "b.need"
  | "b.openq"
  | "b.reason"
  | "b.field"
  | "b.register"
  | "n.greeting"
  | "n.report"
  | "n.fact"
  | "n.askinfo"
  | "n.procedure"
  | "n.field"
  | "s.phrase"
  | "b.phrase";

/**
 * The human label of every cue family, for people: what kind of words the cue is ("een eis of
 * verplichting", "a concrete means"), written to follow a quoted word: "moet" (a requirement
 * or obligation).
 */
export type FamiliesPart = { readonly [F in CueFamily]: string };

/**
 * The arguments of each detail an issue's message may add after its rule, by key. The words
 * for each are a function of these arguments in {@link MessagesPart.details}.
 */
export interface IssueDetails {
  /** A value of the wrong type: the type expected and the type found (`string`, `array`, ...). */
  readonly expectedType: readonly [expected: string, got: string];
  /** The number found (not whole, or not finite). */
  readonly got: readonly [value: string];
  /** The least length or value; `unit` is what is counted. */
  readonly minimum: readonly [minimum: string, unit: "characters" | "items" | ""];
  /** The greatest length or value. */
  readonly maximum: readonly [maximum: string, unit: "characters" | "items" | ""];
  /** The allowed values, each already quoted, joined by `, `. */
  readonly oneOf: readonly [values: string];
  /** An id used before, and the path of its first use. */
  readonly alsoAt: readonly [id: string, path: string];
  /** A reference to a partner, a belang, or a voorstel or standpunt (`target`) that does not exist. */
  readonly noSuch: readonly [what: "partner" | "belang" | "target", id: string];
  /** A value that cannot be read (a throwing getter); the reason as the runtime gave it. */
  readonly unreadable: readonly [why: string];
  /** A JSON syntax error: the character found (`null` at the end of the text), line and column. */
  readonly json: readonly [found: string | null, line: number, column: number];
  /** Nesting deeper than the maximum. */
  readonly depth: readonly [max: number];
  /** The ambition's revision differs from the length of its history. */
  readonly revisionCount: readonly [revision: number, length: number];
  /** A history entry with the wrong revision number. */
  readonly expectedRevision: readonly [revision: number];
  /** Revision 1 holds patches. */
  readonly firstRevision: readonly [];
  /** A partner endorses more than once. */
  readonly endorsesTwice: readonly [id: string];
  /** An endorsement of a revision that does not exist. */
  readonly noRevision: readonly [revision: number, latest: number];
  /** Inverse patches that cannot be applied; the reason names the patch. */
  readonly unapplicable: readonly [why: string];
  /** Inverse patches that rebuild an invalid earlier revision. */
  readonly invalidRebuild: readonly [revision: number];
  /** Patches that do not lead from one revision to the next. */
  readonly patchesMismatch: readonly [from: number, to: number];
  /** A revision with more patches than allowed. */
  readonly maxPatches: readonly [max: number];
  /** A revision dated before an earlier one: its revision, the earlier one and that one's date. */
  readonly datedBefore: readonly [revision: number, earlier: number, at: string];
  /** A rule of zod's without a word of its own: zod's English message. */
  readonly other: readonly [message: string];
}

/** The words of the command line in one language. */
export interface CliWords {
  /** The general help: usage, commands, exit codes (ends in a newline). */
  readonly usage: string;
  /** The help of each command, with examples (each ends in a newline). */
  readonly help: {
    readonly report: string;
    readonly classify: string;
    readonly init: string;
    readonly schema: string;
  };
  /** An option the command line does not know. */
  readonly unknownOption: (name: string) => string;
  /** An option given without its value. */
  readonly needsValue: (name: string) => string;
  /** An option given twice. */
  readonly givenTwice: (name: string) => string;
  readonly missingCommand: string;
  /** A command the command line does not know. */
  readonly unknownCommand: (name: string) => string;
  /** A command given without its file. */
  readonly missingFile: (command: string) => string;
  /** An argument a command does not take. */
  readonly unexpectedArgument: (command: string, arg: string) => string;
  /** An option a command does not take. */
  readonly notAllowed: (command: string, option: string) => string;
  /** A `--lang` that is not a built-in language; `codes` are the built-in ones. */
  readonly badLang: (codes: readonly string[], got: string) => string;
  /** A `--format` that is not html or markdown. */
  readonly badFormat: (got: string) => string;
  /** An `--out` that is the input file. */
  readonly outIsInput: (out: string) => string;
  /** A file that is not UTF-8, with the offset of the first bad byte. */
  readonly notUtf8: (file: string, at: number) => string;
  /** A file that cannot be read, with the reason the system gave. */
  readonly cannotRead: (file: string, why: string) => string;
  /** The first line above the problems of an invalid document. */
  readonly invalid: (file: string, count: number) => string;
  /** A report that could not be written. */
  readonly cannotReport: (why: string) => string;
  /** A file that could not be written, with the reason the system gave. */
  readonly cannotWrite: (file: string, why: string) => string;
  /** What was written to standard output. */
  readonly wroteStdout: (what: string) => string;
  /** What was written to which file. */
  readonly wrote: (what: string, file: string) => string;
  /** Added when an existing file was replaced. */
  readonly replaced: (file: string) => string;
  /** `init` refuses to replace an existing file. */
  readonly exists: (file: string) => string;
  /** What was written: the schema, a report in a format, the starter document. */
  readonly schema: string;
  /** The report that was written: its format and language. */
  readonly report: (format: string, lang: string) => string;
  readonly starterDocument: string;
  readonly noStatements: string;
  /** How many statements were classified. */
  readonly statementsClassified: (count: number) => string;
  readonly cues: string;
  readonly noCues: string;
  readonly standardInput: string;
  /** The starter document of `samenwerken init`. */
  readonly starter: StarterWords;
}

/** A starter document in one language, written by `samenwerken init`: names and texts. */
export interface StarterWords {
  readonly name: string;
  readonly partners: readonly [first: StarterPartner, second: StarterPartner];
  readonly belangen: readonly [first: string, second: string];
  readonly standpunt: string;
}

/** One partner of the starter document. */
export interface StarterPartner {
  readonly name: string;
  readonly organisation: string;
}

/**
 * The messages of validation in one language, as zod keeps one locale per language: the rule
 * of every issue code and the details after it.
 */
export interface MessagesPart {
  /** The readable rule of each issue code ("is required"). */
  readonly issues: { readonly [C in IssueCode]: string };
  /** The detail after the rule, per kind of detail. */
  readonly details: { readonly [K in keyof IssueDetails]: (...args: IssueDetails[K]) => string };
  /** Said after an issue that keeps later checks from running. */
  readonly laterChecks: string;
  /** How the root of a document is named in a list of issues ("(document)"). */
  readonly root: string;
  /** The first line of a list of issues: `count` problems in a collaboration. */
  readonly invalid: (count: number) => string;
  /** The last line when issues were left out. */
  readonly more: (count: number) => string;
}

/** The words of the report in one language. */
export interface ReportWords {
  readonly untitled: string;
  readonly reportOf: string;
  readonly contents: string;
  /** The line under the title: how many partners, belangen and standpunten. */
  readonly summary: (partners: number, belangen: number, standpunten: number) => string;
  readonly partners: string;
  readonly partner: string;
  readonly organisation: string;
  readonly lenses: string;
  readonly influence: string;
  readonly lensProfile: string;
  readonly lens: string;
  readonly declaredBy: string;
  readonly expressedBy: string;
  readonly missingLenses: string;
  readonly missingExpressed: string;
  readonly manyLenses: string;
  readonly onlyExpressed: string;
  readonly onlyExpressedIntro: string;
  readonly none: string;
  readonly nobody: string;
  readonly coverage: string;
  readonly level: string;
  readonly known: string;
  readonly served: string;
  readonly missingPartners: string;
  readonly balance: string;
  readonly balanceNote: string;
  readonly noAmbitionServed: string;
  /** The heading of the belangen on one level. */
  readonly belangenOn: (level: string) => string;
  readonly noBelangen: string;
  readonly servedMark: string;
  readonly notServedMark: string;
  readonly positions: string;
  readonly positionsIntro: string;
  readonly noPositions: string;
  readonly classifiedAs: string;
  readonly kind: {
    readonly standpunt: string;
    readonly belang: string;
    readonly onbepaald: string;
  };
  readonly confidence: string;
  readonly cues: string;
  readonly noCues: string;
  readonly parts: string;
  readonly belangenFound: string;
  readonly whyQuestions: string;
  readonly focus: string;
  readonly winWin: string;
  readonly winWinIntro: string;
  readonly stand: string;
  readonly standIntro: string;
  readonly proposal: string;
  readonly reactions: string;
  readonly support: string;
  readonly notYet: string;
  readonly bridging: string;
  readonly divisive: string;
  readonly whyNot: string;
  readonly noReactions: string;
  readonly noneYet: string;
  readonly intersections: string;
  readonly themes: string;
  readonly levels: string;
  readonly score: string;
  readonly noIntersections: string;
  readonly plan: string;
  readonly planIntro: string;
  readonly reached: string;
  readonly notReached: string;
  readonly notReachedNote: string;
  readonly ambition: string;
  readonly noAmbition: string;
  readonly currentText: string;
  readonly revision: string;
  readonly history: string;
  readonly by: string;
  readonly reason: string;
  readonly noReason: string;
  readonly editorial: string;
  readonly created: string;
  readonly textChanged: string;
  readonly before: string;
  readonly after: string;
  readonly themesAdded: string;
  readonly themesRemoved: string;
  readonly belangenAdded: string;
  readonly belangenRemoved: string;
  readonly noChange: string;
  readonly ownership: string;
  readonly share: string;
  readonly endorsed: string;
  readonly notEndorsed: string;
  readonly endorsedEarlier: string;
  readonly chart: string;
  readonly chartsNote: string;
  readonly generatedBy: string;
  /** What a section says when it has nothing to show: no partners yet. */
  readonly noPartners: string;
  /** Said of the balance when no level has a belang yet. */
  readonly noBalance: string;
  /** How the win-win score is made, in one sentence. */
  readonly scoreNote: string;
  /** How the confidence of a reading is made, in one sentence. */
  readonly confidenceNote: string;
  /** The reactions by their stance. */
  readonly stance: { readonly eens: string; readonly oneens: string; readonly pas: string };
  /** The decimal separator of numbers in the report (`,` or `.`). */
  readonly decimalSeparator: string;
}

/** The words the charts use in one language. */
export interface ChartWords {
  readonly lensTitle: string;
  readonly lensByLens: string;
  readonly lensByPartner: string;
  readonly declared: string;
  readonly expressed: string;
  readonly notAtTable: string;
  readonly partners: string;
  readonly none: string;
  readonly missingLenses: string;
  readonly coverageTitle: string;
  readonly articulated: string;
  readonly served: string;
  readonly missing: string;
  readonly noAmbition: string;
  readonly legendCell: string;
  readonly legendCellNoAmbition: string;
  readonly legendMissing: string;
  readonly total: string;
  readonly winWinTitle: string;
  readonly meets: string;
  readonly plan: string;
  readonly notReached: string;
  readonly noIntersections: string;
  readonly intersections: string;
  readonly score: string;
  readonly themes: string;
  readonly noPartners: string;
  readonly consensusTitle: string;
  readonly allPartners: string;
  readonly supportLegend: string;
  readonly noTargets: string;
  readonly groupConsensus: string;
  readonly opinionTitle: string;
  readonly tooFewPartners: string;
  readonly group: string;
  readonly quality: string;
}

/**
 * Everything the library knows about one language. Adding a language is adding a folder
 * under `src/lang/` that exports one of these (or passing one in the options).
 */
export interface LanguagePack {
  /** The language's code (ISO 639-1, lower case): `"nl"`, `"en"`. */
  readonly code: string;
  /** The language's own name for itself ("Nederlands"). */
  readonly name: string;
  /** Function words for language detection. */
  readonly detection: DetectionPart;
  /** Classifier cues, spoken forms and connectives. */
  readonly statements: StatementsPart;
  /** Lens cues. */
  readonly lenses: LensesPart;
  /** Level cues, role and subject words. */
  readonly levels: LevelsPart;
  /** Inflections and compound heads, for lens cues. */
  readonly morphology: MorphologyPart;
  /** Stemmer, stop words and compound rules, for themes. */
  readonly themes: ThemesPart;
  /** Why-question templates. */
  readonly why: WhyPart;
  /** Labels of lenses and levels. */
  readonly labels: LabelsPart;
  /** The words of the facilitator's report. */
  readonly report: ReportWords;
  /** The words of the charts. */
  readonly charts: ChartWords;
  /** The human labels of the classifier's cue families. */
  readonly families: FamiliesPart;
  /** The messages of validation. */
  readonly messages: MessagesPart;
  /** The words of the command line. */
  readonly cli: CliWords;
}

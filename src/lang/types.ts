// The contract of a language pack: everything the library knows about one language, as data.
// A pack is split in parts so that an app bundles only the parts its functions read (the
// classifier never pulls in the report's words). The compiler checks that a pack is complete,
// as date-fns does for its `Locale`.

import type { Bril } from "../model/bril";
import type { Niveau } from "../model/niveau";

/**
 * A cue lexicon in the library's one lexicon format: one label per line, then its entries,
 * separated by spaces. An entry is a sequence of word matchers joined by `_`; a matcher is one
 * or more alternatives joined by `|`. `stem*` matches words that start with `stem`, `*end`
 * words that end with `end`, `*part*` words that contain `part`; `~N` skips up to N words
 * within one clause; a leading `^` anchors the entry at the start of a clause; a trailing
 * `:weight` gives the entry its own weight (lens and level cues; the classifier's entries take
 * the fitted weight of their family). Matching ignores case and accents.
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
}

/** What the statement classifier needs. */
export interface StatementsPart {
  /**
   * The cue lexicon: labels are cue families, `s.` families point to standpunt and `b.`
   * families to belang (the family ids are shared by all packs, so one fitted weight serves
   * every language).
   */
  readonly cues: LexiconSource;
  /** Spoken and clitic forms mapped to the written word, `from=to`, space-separated. */
  readonly aliases: string;
  /**
   * Connectives that join a position and its reason: `word=1` when the reason follows,
   * `word=2` when it came first; two words are joined by `_`.
   */
  readonly connectives: string;
  /** Words (or `two_words`) that open a reason clause at the start of a statement. */
  readonly reasonOpeners: string;
  /**
   * Words that, written with a stress accent, are a number rather than an article (Dutch
   * `één` against `een`), space-separated in their folded form; empty when there are none.
   */
  readonly stressedNumbers: string;
  /** Fitted prior log-odds of standpunt before any cue (written by `npm run fit`). */
  readonly prior: number;
}

/** What the lens detector needs: one lexicon whose labels are the four lenses. */
export interface LensesPart {
  /** The lens cues, one line per lens (`utilitair kost* budget*:1.5 ...`). */
  readonly cues: LexiconSource;
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
}

/** What the level detector needs. */
export interface LevelsPart {
  /** The level cues, one line per level (`individu ik mijn ...`). */
  readonly cues: LexiconSource;
  /** The role construction. */
  readonly role: RoleWords;
  /** The subject construction. */
  readonly subject: SubjectWords;
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

/** The words of the report in one language. */
export interface ReportWords {
  readonly untitled: string;
  readonly reportOf: string;
  readonly contents: string;
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
}

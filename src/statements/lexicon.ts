// The one way for an app to change the library's cues: in any language, in any of the three
// lexicons (statements, lenses, levels). Changes are checked once, when they are made, and
// compiled on first use per language.

import { compileEntry, type SourceEntry } from "../internal/lexicon";
import { BRILLEN, type Bril } from "../model/bril";
import { NIVEAUS, type Niveau } from "../model/niveau";

/** An app's own cue. */
export interface CueInput {
  /**
   * Words to match, separated by spaces or `_`: `stem*` matches every word that starts with
   * `stem`, `*end` every word that ends with `end`, `*part*` every longer word that holds
   * `part` (a compound: list the word itself too); `a|b` matches either word; `~N` skips up to
   * N words in the same clause; a leading `^` anchors the cue at the start of a clause. Case and
   * accents are ignored.
   */
  readonly pattern: string;
  /** Strength, a finite number >= 0 (built-in cues weigh about 0.3 to 3.7). */
  readonly weight: number;
  /** Id reported with the cue; defaults to `<label>:<pattern>`. */
  readonly id?: string;
}

/** A cue for the statement classifier: it points to a position or to an interest. */
export interface StatementCueInput extends CueInput {
  /** The kind this cue points to. */
  readonly kind: "standpunt" | "belang";
}

/** A cue for the lens detector. */
export interface LensCueInput extends CueInput {
  /** The lens it points to. */
  readonly bril: Bril;
}

/** A cue for the level detector. */
export interface LevelCueInput extends CueInput {
  /** The level it points to. */
  readonly niveau: Niveau;
}

/**
 * A term for the concept vocabulary: it evokes a concept (built in or the app's own) in
 * themes and win-win.
 */
export interface ConceptCueInput extends CueInput {
  /** The concept it evokes: an id in lower-case kebab-case (`"care-farm"`), built in or new. */
  readonly concept: string;
  /** For a new concept, or to add to a built-in one: ids of broader concepts. */
  readonly broader?: readonly string[];
}

/** Changes to one lexicon of one language. */
export interface CueChanges<E extends CueInput> {
  /** Cues to add. */
  readonly add?: readonly E[];
  /**
   * Built-in cues to drop: by id (`"b.hope:hoop"`, `"utilitair:budget*"`), by label (a family
   * such as `"b.hope"`, a lens, a level) or by pattern (`"hoop"`).
   */
  readonly remove?: readonly string[];
  /**
   * When `true`, start from an empty lexicon: only `add` counts (for the statement classifier
   * and the lens and level detectors, without the pack's fitted weights too: only the app's
   * cues decide, with their own weights).
   */
  readonly replace?: boolean;
}

/** Changes to the lexicons of one language. */
export interface LanguageCueChanges {
  /** The statement classifier's cues (standpunt or belang). */
  readonly statements?: CueChanges<StatementCueInput>;
  /** The lens detector's cues. */
  readonly lenses?: CueChanges<LensCueInput>;
  /** The level detector's cues. */
  readonly levels?: CueChanges<LevelCueInput>;
  /**
   * The concept vocabulary's terms (labels are concept ids): an app's sector words, or a
   * vocabulary of its own with `replace: true`.
   */
  readonly concepts?: CueChanges<ConceptCueInput>;
}

/** Changes per language, by language code (`nl`, `en`, or the code of a pack an app passes). */
export type LexiconExtension = { readonly [code: string]: LanguageCueChanges };

/** An app's cue changes, checked and ready to compile; made by {@link extendLexicon}. */
export interface CueLexicon {
  /** The languages whose lexicons the app changed (the others stay built in). */
  readonly langs: readonly string[];
}

/** Which lexicon of a pack. */
export type LexiconName = "statements" | "lenses" | "levels" | "concepts";

const NAMES: readonly LexiconName[] = ["statements", "lenses", "levels", "concepts"];
const CONCEPT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** @internal Checked changes to one lexicon, as source entries. */
export interface CheckedChanges {
  readonly add: readonly SourceEntry[];
  readonly remove: readonly string[];
  readonly replace: boolean;
  /** Concepts only: broader ids the added terms give their concept, by concept id. */
  readonly broader?: ReadonlyMap<string, readonly string[]>;
}

// The checked changes of every CueLexicon made here, by language and lexicon.
let made:
  | WeakMap<CueLexicon, ReadonlyMap<string, Partial<Record<LexiconName, CheckedChanges>>>>
  | undefined;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function labelOf(name: LexiconName, entry: Record<string, unknown>, path: string): string {
  if (name === "statements") {
    if (entry.kind === "standpunt") return "s.custom";
    if (entry.kind === "belang") return "b.custom";
    throw new RangeError(`${path}.kind: must be "standpunt" or "belang"`);
  }
  if (name === "concepts") {
    if (typeof entry.concept === "string" && CONCEPT_ID.test(entry.concept)) return entry.concept;
    throw new RangeError(`${path}.concept: must be a concept id in lower-case kebab-case`);
  }
  if (name === "lenses") {
    if ((BRILLEN as readonly unknown[]).includes(entry.bril)) return entry.bril as string;
    throw new RangeError(`${path}.bril: must be one of ${BRILLEN.map((b) => `"${b}"`).join(", ")}`);
  }
  if ((NIVEAUS as readonly unknown[]).includes(entry.niveau)) return entry.niveau as string;
  throw new RangeError(`${path}.niveau: must be one of ${NIVEAUS.map((n) => `"${n}"`).join(", ")}`);
}

function check(name: LexiconName, changes: unknown, path: string): CheckedChanges {
  if (!isObject(changes)) throw new TypeError(`${path}: must be an object`);
  const { add = [], remove = [], replace = false } = changes;
  if (!Array.isArray(add)) throw new TypeError(`${path}.add: must be an array`);
  if (!Array.isArray(remove) || remove.some((r) => typeof r !== "string")) {
    throw new TypeError(`${path}.remove: must be an array of strings`);
  }
  if (typeof replace !== "boolean") throw new TypeError(`${path}.replace: must be a boolean`);
  const broader = new Map<string, string[]>();
  const entries = add.map((entry: unknown, i): SourceEntry => {
    const at = `${path}.add[${i}]`;
    if (!isObject(entry)) throw new TypeError(`${at}: must be an object`);
    const { pattern, weight, id } = entry;
    if (typeof pattern !== "string" || pattern.trim() === "") {
      throw new RangeError(`${at}.pattern: must be a non-empty string`);
    }
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`${at}.weight: must be a finite number >= 0`);
    }
    if (id !== undefined && (typeof id !== "string" || id === "")) {
      throw new RangeError(`${at}.id: must be a non-empty string`);
    }
    const label = labelOf(name, entry, at);
    if (name === "concepts" && entry.broader !== undefined) {
      const b = entry.broader;
      if (!Array.isArray(b) || b.some((x) => typeof x !== "string" || !CONCEPT_ID.test(x))) {
        throw new RangeError(`${at}.broader: must be an array of concept ids`);
      }
      broader.set(label, [...new Set([...(broader.get(label) ?? []), ...(b as string[])])]);
    }
    const source = {
      label,
      pattern: pattern.trim(),
      weight,
      id: id ?? `${label}:${pattern.trim()}`,
    };
    // The pattern must compile: checked now, so that a bad one fails where it is written.
    const compiled = compileEntry(source, 0, new Map());
    if (typeof compiled === "string") throw new RangeError(`${at}.pattern: ${compiled}`);
    return source;
  });
  return name === "concepts"
    ? { add: entries, remove, replace, broader }
    : { add: entries, remove, replace };
}

/**
 * Checks an app's changes to the built-in cue lexicons, once, for use as `options.lexicon` of
 * {@link classifyStatement}, {@link detectBrillen}, {@link detectNiveau}, {@link conceptsOf},
 * {@link suggestWinWin} and the functions built on them. Apps teach the library their own vocabulary this way without forking it; an app that
 * never calls it does not bundle it.
 *
 * @param extension - Per language code, per lexicon (`statements`, `lenses`, `levels`,
 *   `concepts`): cues to
 *   add, built-in cues to remove, or `replace: true` to start from an empty lexicon.
 * @returns An opaque lexicon; reuse it across calls (each language's lexicons are compiled on
 *   first use and kept with it).
 * @throws {TypeError} When a part is not of the right type (an object, an array).
 * @throws {RangeError} When an added cue has an empty or unusable pattern, a weight that is not
 *   a finite number >= 0, or an unknown kind, lens or level; the message names the entry
 *   (`lexicon.nl.lenses.add[0].bril`) and the rule. A concept term needs a `concept` id in
 *   lower-case kebab-case and, if given, `broader` ids of the same form.
 * @example
 * ```ts
 * const lexicon = extendLexicon({
 *   nl: {
 *     statements: { add: [{ pattern: "dienstverleningsovereenkomst", kind: "standpunt", weight: 2 }] },
 *     lenses: { add: [{ pattern: "sporthal*", bril: "utilitair", weight: 2 }] },
 *   },
 * });
 * classifyStatement("Een dienstverleningsovereenkomst met de zorgkas.", { lexicon })
 *   .cues.some((cue) => cue.family === "s.custom"); //=> true
 * detectBrillen("De sporthal moet open.", { lang: "nl", lexicon }).ranked[0]; //=> { bril: "utilitair", score: 3 }
 * const sector = extendLexicon({ nl: { concepts: { add: [{ pattern: "hoevezuivel", concept: "short-food-chain", weight: 1 }] } } });
 * conceptsOf("Meer hoevezuivel", { vocabulary: builtInConcepts, lexicon: sector }).some((c) => c.concept === "short-food-chain"); //=> true
 * ```
 */
export function extendLexicon(extension: LexiconExtension): CueLexicon {
  if (!isObject(extension)) throw new TypeError("lexicon: must be an object");
  const byLang = new Map<string, Partial<Record<LexiconName, CheckedChanges>>>();
  for (const code of Object.keys(extension).sort()) {
    const changes: unknown = extension[code];
    if (!isObject(changes)) throw new TypeError(`lexicon.${code}: must be an object`);
    const checked: Partial<Record<LexiconName, CheckedChanges>> = {};
    for (const name of NAMES) {
      if (changes[name] !== undefined)
        checked[name] = check(name, changes[name], `lexicon.${code}.${name}`);
    }
    for (const key of Object.keys(changes)) {
      if (!(NAMES as readonly string[]).includes(key)) {
        throw new RangeError(
          `lexicon.${code}.${key}: unknown lexicon; use statements, lenses, levels or concepts`,
        );
      }
    }
    byLang.set(code, checked);
  }
  const lexicon: CueLexicon = Object.freeze({ langs: Object.freeze([...byLang.keys()]) });
  made ??= new WeakMap();
  made.set(lexicon, byLang);
  return lexicon;
}

/**
 * @internal Checks a `lexicon` option: `undefined`, or a lexicon made by {@link extendLexicon};
 * anything else is a TypeError naming `where`.
 */
export function checkLexicon(lexicon: unknown, where: string): CueLexicon | undefined {
  if (lexicon === undefined) return undefined;
  if (typeof lexicon === "object" && lexicon !== null && made?.has(lexicon as CueLexicon)) {
    return lexicon as CueLexicon;
  }
  throw new TypeError(`${where}: must be a CueLexicon made by extendLexicon()`);
}

/**
 * @internal The changes an app's lexicon makes to one lexicon of one language, or `undefined`
 * when it leaves it built in.
 */
export function changesOf(
  lexicon: CueLexicon,
  code: string,
  name: LexiconName,
): CheckedChanges | undefined {
  return made?.get(lexicon)?.get(code)?.[name];
}

const pairs = new WeakMap<object, WeakMap<object, object>>();

/**
 * @internal One object per pair of objects (a pack's part and its morphology), kept while both
 * live: a key that makes `cached` keep something per three objects.
 */
export function pairKey(a: object, b: object): object {
  return cached(pairs, a, b, () => ({}));
}

/**
 * @internal Per pair of objects (a CueLexicon or a compiled lexicon, and a pack part or another
 * object): something built from them, kept while both live.
 */
export function cached<T>(
  cache: WeakMap<object, WeakMap<object, T>>,
  lexicon: object,
  part: object,
  build: () => T,
): T {
  let byPart = cache.get(lexicon);
  if (byPart === undefined) {
    byPart = new WeakMap();
    cache.set(lexicon, byPart);
  }
  let value = byPart.get(part);
  if (value === undefined) {
    value = build();
    byPart.set(part, value);
  }
  return value;
}

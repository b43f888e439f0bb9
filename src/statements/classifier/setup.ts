// Stage 1 of the classifier, set-up: everything needed to classify in one language, built once
// from the language's pack (and an app's changes to its cues) and the fitted family weights.

import { checkPackString, describeValue } from "../../internal/args";
import {
  compileLexicon,
  type Lexicon,
  parseLexicon,
  parsePairs,
  type SourceEntry,
} from "../../internal/lexicon";
import type { StatementsPart } from "../../lang/types";
import { type Model, type ModelWeight, parseModel, weightLines } from "./model";
import { FAMILY_WEIGHTS } from "./weights";

/**
 * The families of cues that are found outside the lexicon: question marks, numbers, and a risk's
 * or an issue's marks in a register (its number, its likelihood and impact).
 */
export const QUESTION = "s.question";
export const NUMBER = "s.number";
export const REGISTER = "b.register";
/** Their label indices: every set-up's lexicon numbers them first, in this order (`MARKS`). */
export const QUESTION_INDEX = 0;
export const NUMBER_INDEX = 1;
export const REGISTER_INDEX = 2;
export const MARKS: readonly string[] = [QUESTION, NUMBER, REGISTER];
/** The families an app's own cues belong to. */
export const CUSTOM_STANDPUNT = "s.custom";
export const CUSTOM_BELANG = "b.custom";
/** Extra weights that apply in a context: a belang cue inside a condition, a standpunt cue inside a fear. */
export const IN_CONDITION = "b/cond";
export const IN_FEAR = "s/feared";
/** The prefix of the families of neither kind. */
export const NEITHER = "n.";
/** The family of a request for information, which needs a question mark in its sentence. */
const ASK_INFO = "n.askinfo";
/** The family of a command, which counts only in a clause without a question mark. */
const IMPERATIVE = "s.imperative";
/** The suffix of the families of a field's label ("Mitigation:", "Owner:"), which needs a colon after it. */
const FIELD = ".field";
/** Suffix of a means family's weight in a description (a sentence without a directive). */
export const IN_DESCRIPTION = "/desc";

/** What a cue family does to the frame of the words after it in its clause. */
export const Frame = { None: 0, Condition: 1, FearOrHope: 2 } as const;
export type Frame = (typeof Frame)[keyof typeof Frame];

/** Everything needed to classify in one language. */
export interface ClassifierSetup {
  /** The language's code. */
  readonly code: string;
  readonly lexicon: Lexicon;
  /** Connectives: word (or `two_words`) → 1 (the reason follows) or 2 (the reason came first). */
  readonly connectives: ReadonlyMap<string, number>;
  /** Connectives whose reason follows instead when one of these words comes within three words. */
  readonly purposes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words (or `two_words`) that open a reason clause at the start of a statement. */
  readonly reasonOpeners: ReadonlySet<string>;
  /** Words that open a clause of their own as its subject. */
  readonly clauseSubjects: ReadonlySet<string>;
  /** Words that join a reason after a comma and before a clause subject (read by the split). */
  readonly subjectConnectives: ReadonlySet<string>;
  /**
   * Abbreviations whose full stop ends no sentence before a word in lower case or a number;
   * undefined when the pack lists none (then every full stop ends a sentence).
   */
  readonly abbreviations: ReadonlySet<string> | undefined;
  /** Words that are numbers when written with a stress accent. */
  readonly stressedNumbers: ReadonlySet<string>;
  /**
   * The letters of a risk's or an issue's number that opens a statement (`r`: "R07"), by their
   * character code in lower case: a register's letters are read as written, before aliases.
   */
  readonly riskNumbers: ReadonlySet<number>;
  /** Per letter of a risk's likelihood, the letter of its impact (`l` → `i`: "L3 I4"), as codes. */
  readonly riskScores: ReadonlyMap<number, number>;
  /** Prior log-odds of standpunt before any cue. */
  readonly prior: number;
  /** The weights in use, by name (families and context weights). */
  readonly weights: Readonly<Record<string, number>>;
  /** Per family (by the lexicon's label index): its weight, and its weight in a description. */
  readonly familyWeight: readonly number[];
  readonly descriptionWeight: readonly number[];
  /** Weight of a belang cue inside a condition; of a standpunt cue inside a fear or hope. */
  readonly conditionWeight: number;
  readonly fearWeight: number;
  /** Per family: is it a means marker (a number, a weekday, an instrument, a verb of doing)? */
  readonly isMeans: readonly boolean[];
  /** Per family: is it of neither kind (`n.`: a greeting, a report, a plain fact)? */
  readonly isNeither: readonly boolean[];
  /** Per family: is it a directive (wants, proposes, demands, refuses, asks or decides)? */
  readonly isDirective: readonly boolean[];
  /** Per family: the frame it opens for the rest of its clause. */
  readonly opens: readonly Frame[];
  /**
   * Per family: does it ask for information (`n.askinfo`), and so count only in a sentence that
   * ends in a question mark? Without one, its words open a clause ("wanneer de bus komt", "the
   * timetable, which allows …").
   */
  readonly asks: readonly boolean[];
  /**
   * Per family: is it a command (`s.imperative`), and so count only in a clause that does not
   * end in a question mark? A question opens with its verb too ("Sluit die bus aan op de
   * trein?", "Do the families get help?").
   */
  readonly commands: readonly boolean[];
  /**
   * Per family: is it the label of a field (`s.field`, `b.field`, `n.field`), and so counts only
   * where it opens a sentence or clause and a colon follows it ("Oorzaak: …", "Owner: …")?
   */
  readonly fields: readonly boolean[];
  /** Slot of the built-in lexicon in the word records, or -1 for an app's lexicon. */
  readonly slot: number;
  /**
   * The pack's fitted model, if it has one: the cues are then found and placed in context with
   * every weight at 1, and weighed by the model.
   */
  readonly model: ModelWeights | undefined;
  /** What the word where a candidate split's parts meet adds to its log-odds (see `splitWords`). */
  readonly splitWords: ReadonlyMap<string, number>;
}

/** A fitted model with its family weights arranged by the lexicon's family index. */
export interface ModelWeights {
  readonly model: Model;
  /** Per family index: the weight of a cue of the family, and in a description. */
  readonly family: readonly (ModelWeight | undefined)[];
  readonly description: readonly (ModelWeight | undefined)[];
  /** The weight of a belang cue inside a condition; of a standpunt cue inside a fear or hope. */
  readonly condition: ModelWeight | undefined;
  readonly feared: ModelWeight | undefined;
}

/** The classifier's entries of a pack, parsed (not compiled); `where` names the part. */
export function sourceEntries(part: StatementsPart, where: string): SourceEntry[] {
  return parseLexicon(checkPackString(part.cues, `${where}.cues`, "a lexicon source (a string)"));
}

/**
 * The words of a pack field of space-separated words (`clauseSubjects`, `abbreviations`), or
 * undefined when the field is left out; anything but a string is refused with the field's path.
 */
function wordsOf(value: unknown, path: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw new TypeError(`${path}: must be a string of space-separated words, got ${typeof value}`);
  }
  return value.split(/\s+/).filter(Boolean);
}

/** The letters of `riskNumbers`, by character code: each one letter in lower case. */
function riskLetters(value: unknown, path: string): Set<number> {
  const out = new Set<number>();
  for (const l of wordsOf(value, path) ?? []) {
    if (!/^[a-z]$/.test(l)) {
      throw new RangeError(`${path}: "${l}" must be one letter in lower case (a-z)`);
    }
    out.add(l.charCodeAt(0));
  }
  return out;
}

/** The pairs of `riskScores`, by character code: `likelihood=impact`, one letter in lower case each. */
function riskScores(value: unknown, path: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const pair of wordsOf(value, path) ?? []) {
    if (!/^[a-z]=[a-z]$/.test(pair)) {
      throw new RangeError(
        `${path}: "${pair}" must be the letters of a likelihood and an impact: l=i (one letter in lower case each)`,
      );
    }
    if (out.has(pair.charCodeAt(0))) {
      throw new RangeError(`${path}: "${pair}" gives "${pair[0]}" a second impact`);
    }
    out.set(pair.charCodeAt(0), pair.charCodeAt(2));
  }
  return out;
}

/** The words of a pack field that must be given (`reasonOpeners`, `stressedNumbers`). */
function requiredWords(value: unknown, path: string): string[] {
  return wordsOf(checkPackString(value, path, "space-separated words (a string)"), path) ?? [];
}

/**
 * Builds the set-up of one language from its pack part and a list of entries (the pack's own,
 * or the pack's with an app's changes).
 */
export function buildSetup(
  code: string,
  part: StatementsPart,
  entries: readonly SourceEntry[],
  slot: number,
  where: string,
): ClassifierSetup {
  if (typeof part.prior !== "number" || !Number.isFinite(part.prior)) {
    throw new TypeError(
      `${where}.prior: must be a finite number (log-odds of standpunt), got ${describeValue(part.prior)}`,
    );
  }
  const connectives = new Map<string, number>();
  const connectiveList = checkPackString(
    part.connectives,
    `${where}.connectives`,
    "word=1|2 entries (a string)",
  );
  for (const pair of connectiveList.split(/\s+/)) {
    if (pair === "") continue;
    const [w, t, rest] = pair.split("=");
    if (w === undefined || w === "" || (t !== "1" && t !== "2") || rest !== undefined) {
      throw new RangeError(
        `${where}.connectives: "${pair}" must be a word and where its reason stands: word=1 (after it) or word=2 (before it)`,
      );
    }
    connectives.set(w, Number(t));
  }
  const purposes = new Map<string, ReadonlySet<string>>();
  const purposeList: unknown = part.purposeConnectives ?? "";
  if (typeof purposeList !== "string") {
    throw new TypeError(
      `${where}.purposeConnectives: must be a string of word=one|two entries, got ${typeof purposeList}`,
    );
  }
  for (const pair of purposeList.split(/\s+/)) {
    if (pair === "") continue;
    const [w, words, rest] = pair.split("=");
    if (w === undefined || connectives.get(w) !== 2 || words === undefined || rest !== undefined) {
      throw new RangeError(
        `${where}.purposeConnectives: "${pair}" must be a connective whose reason comes first (word=2 in connectives) and the words that make it a purpose: word=one|two`,
      );
    }
    const list = words.split("|");
    if (list.some((x) => x === "")) {
      throw new RangeError(
        `${where}.purposeConnectives: "${pair}" lists an empty word; separate the words with one |`,
      );
    }
    purposes.set(w, new Set(list));
  }
  const subjects = wordsOf(part.clauseSubjects ?? "", `${where}.clauseSubjects`) ?? [];
  const joiners = wordsOf(part.subjectConnectives ?? "", `${where}.subjectConnectives`) ?? [];
  const abbreviated = wordsOf(part.abbreviations, `${where}.abbreviations`);
  for (const word of abbreviated ?? []) {
    if (word !== word.toLowerCase() || !/^[\p{L}\p{N}]+$/u.test(word)) {
      throw new RangeError(
        `${where}.abbreviations: "${word}" must be a word in lower case, written without its full stop`,
      );
    }
  }
  const parsed = part.model === undefined ? undefined : parseModel(part.model, `${where}.model`);
  const splitWords = parseSplitWords(part.splitWords, `${where}.splitWords`);
  // The model's words are numbered with each word the lexicon reads (WordInfo.number).
  const lexicon = compileLexicon(
    entries,
    {
      aliases: parsePairs(
        checkPackString(part.aliases, `${where}.aliases`, "word=replacement pairs (a string)"),
        `${where}.aliases`,
      ),
      connectives,
      labels: MARKS,
      ...(parsed !== undefined && { numbers: parsed.words }),
    },
    where,
  );
  const families = lexicon.labels;
  // A means family is one with a weight of its own in a description (`family/desc`).
  const isMeans = families.map((f) => `${f}${IN_DESCRIPTION}` in FAMILY_WEIGHTS);
  const model: ModelWeights | undefined =
    parsed === undefined
      ? undefined
      : {
          model: parsed,
          family: families.map((f) => parsed.families.get(f)),
          description: families.map((f) => parsed.families.get(`${f}${IN_DESCRIPTION}`)),
          condition: parsed.families.get(IN_CONDITION),
          feared: parsed.families.get(IN_FEAR),
        };
  return withWeights(
    {
      code,
      lexicon,
      connectives,
      purposes,
      reasonOpeners: new Set(requiredWords(part.reasonOpeners, `${where}.reasonOpeners`)),
      clauseSubjects: new Set(subjects),
      subjectConnectives: new Set(joiners),
      abbreviations: abbreviated === undefined ? undefined : new Set(abbreviated),
      stressedNumbers: new Set(requiredWords(part.stressedNumbers, `${where}.stressedNumbers`)),
      riskNumbers: riskLetters(part.riskNumbers, `${where}.riskNumbers`),
      riskScores: riskScores(part.riskScores, `${where}.riskScores`),
      prior: part.prior,
      weights: FAMILY_WEIGHTS,
      familyWeight: [],
      descriptionWeight: [],
      conditionWeight: 0,
      fearWeight: 0,
      isMeans,
      isNeither: families.map((f) => f.startsWith(NEITHER)),
      isDirective: families.map(
        (f, i) => f.startsWith("s.") && f !== CUSTOM_STANDPUNT && !(isMeans[i] as boolean),
      ),
      asks: families.map((f) => f === ASK_INFO),
      commands: families.map((f) => f === IMPERATIVE),
      fields: families.map((f) => f.endsWith(FIELD)),
      opens: families.map((f) =>
        f === "s.condition"
          ? Frame.Condition
          : f === "b.fear" || f === "b.hope"
            ? Frame.FearOrHope
            : Frame.None,
      ),
      slot,
      model,
      splitWords,
    },
    model === undefined ? FAMILY_WEIGHTS : unitWeights(families, isMeans),
    model === undefined ? part.prior : model.model.bias.standpunt,
  );
}

/**
 * Reads a pack's `splitWords`: one line per word, `word weight`. Throws a TypeError when it is
 * not a string, a RangeError that names the line when a line is not a word and a number.
 */
function parseSplitWords(value: unknown, path: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  if (value === undefined) return out;
  const source = checkPackString(value, path, "lines of a word and its weight (a string)");
  for (const { key, values, line } of weightLines(source, path, 1, "a word and its weight")) {
    if (out.has(key)) throw new RangeError(`${path}: line ${line} gives "${key}" a second weight`);
    out.set(key, values[0] as number);
  }
  return out;
}

/** Every weight at 1: how cues are found and placed in context before a model weighs them. */
export function unitWeights(
  families: readonly string[],
  isMeans: readonly boolean[],
): Record<string, number> {
  const w: Record<string, number> = { [IN_CONDITION]: 1, [IN_FEAR]: 1 };
  families.forEach((f, i) => {
    w[f] = 1;
    if (isMeans[i]) w[`${f}${IN_DESCRIPTION}`] = 1;
  });
  return w;
}

/** The set-up with other weights and prior: family weights become arrays by family index. */
export function withWeights(
  s: ClassifierSetup,
  weights: Readonly<Record<string, number>>,
  prior: number,
): ClassifierSetup {
  const families = s.lexicon.labels;
  return {
    ...s,
    weights,
    prior,
    familyWeight: families.map((f) => weights[f] ?? 0),
    descriptionWeight: families.map((f) => weights[`${f}${IN_DESCRIPTION}`] ?? 0),
    conditionWeight: weights[IN_CONDITION] ?? 0,
    fearWeight: weights[IN_FEAR] ?? 0,
  };
}

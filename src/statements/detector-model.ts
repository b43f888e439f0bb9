// Fitted weights for the lens and level detectors: what each cue and word found in a statement
// adds to each label's score. `npm run fit:detectors` writes them into the language packs
// (`LensesPart.model`, `LevelsPart.model`) from the labelled statements.

/** Marks a cue, a label row or a word counted among the statement's first words (levels only). */
const LEAD_MARK = "^";

/** @internal A detector's fitted weights, read from a pack's `model`. */
export interface DetectorModel {
  /** The labels, in the order of every weight vector. */
  readonly labels: readonly string[];
  /**
   * Per hand-written cue label (`^` in front for a cue among the first words), what one unit
   * of a cue's lexicon weight adds to each label.
   */
  readonly from: ReadonlyMap<string, readonly number[]>;
  /** Per cue pattern as shown (`^` in front for a cue among the first words), what it adds. */
  readonly cues: ReadonlyMap<string, readonly number[]>;
  /**
   * Per word in its compared form (`^` in front for a word among the first words), what it adds
   * where no cue covers it.
   */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** Levels: what a statement of three words or more that names no owner adds. */
  readonly ownerless: readonly number[] | undefined;
  /** Whether cues and words among the first words have weights of their own (levels). */
  readonly lead: boolean;
  /** The fingerprint of the lexicon source the weights were fitted with ({@link cuesFingerprint}). */
  readonly cuesFingerprint: string;
}

/** What a detector's model may hold besides label rows, patterns and words. */
export interface DetectorModelShape {
  /** The labels, in order. */
  readonly labels: readonly string[];
  /** Whether it may have weights of its own for the first words and for an owner-less statement. */
  readonly levels: boolean;
}

const LABELS = "@labels";
const CUES = "@cues";
const LEAD = "@lead";
const FROM = "@from:";
const OWNERLESS = "@ownerless";
const CUE = "=";

/**
 * @internal A fingerprint of a lexicon source (FNV-1a, 32 bits, in hex): a model names the one of
 * the cues it was fitted with, and counts only beside those cues.
 */
export function cuesFingerprint(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
const NUMBER_RE = /^\d+(?:\.\d+)?$/;

/**
 * @internal Reads a detector's fitted weights: a line `@labels` with the labels, a line `@cues`
 * with the fingerprint of the lexicon source they were fitted with, for levels optionally a line
 * `@lead` (cues and words among the first four words have rows of their own), then one line per
 * weight vector, `key w1 … wn` (non-negative numbers, one per label, in that order). A key is
 * `@from:<label>` (per unit of a hand-written cue's weight), `@ownerless` (levels), `=` and a
 * cue pattern with `_` for spaces (`=*budget*`, `=als_…`), or a word. A `^` after `@from:` or
 * `=`, or in front of a word, marks the weights of a cue or a word among the statement's first
 * words (levels with `@lead`).
 * Throws a RangeError that names the line and the rule.
 */
export function parseDetectorModel(
  source: unknown,
  where: string,
  shape: DetectorModelShape,
): DetectorModel {
  const { labels } = shape;
  if (typeof source !== "string") throw new TypeError(`${where}: must be a string`);
  const from = new Map<string, number[]>();
  const cues = new Map<string, number[]>();
  const words = new Map<string, number[]>();
  let ownerless: number[] | undefined;
  let lead = false;
  let seenLabels = false;
  let fingerprint: string | undefined;
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const [key, ...rest] = line.split(" ") as [string, ...string[]];
    const at = `${where}: line ${i + 1} ("${line.length > 60 ? `${line.slice(0, 60)}…` : line}")`;
    if (key === LABELS) {
      if (rest.join(" ") !== labels.join(" ")) {
        throw new RangeError(`${at} must name the labels ${labels.join(", ")} in that order`);
      }
      seenLabels = true;
      continue;
    }
    if (!seenLabels) throw new RangeError(`${at}: the first line must be ${LABELS}`);
    if (key === CUES) {
      if (fingerprint !== undefined || rest.length !== 1 || !/^[0-9a-f]{8}$/.test(rest[0] ?? "")) {
        throw new RangeError(`${at}: ${CUES} must be given once, with 8 hex digits`);
      }
      fingerprint = rest[0] as string;
      continue;
    }
    if (key === LEAD) {
      if (!shape.levels || lead || rest.length > 0) {
        throw new RangeError(`${at}: ${LEAD} is a line of its own, once, in a level model only`);
      }
      lead = true;
      continue;
    }
    if (key.startsWith("@") && key !== OWNERLESS && !key.startsWith(FROM)) {
      throw new RangeError(`${at}: "${key}" is not a key of a model (a word has no @)`);
    }
    if (rest.length !== labels.length || !rest.every((x) => NUMBER_RE.test(x))) {
      throw new RangeError(
        `${at} must be a key and ${labels.length} non-negative numbers, separated by one space`,
      );
    }
    const v = rest.map(Number);
    let table: Map<string, number[]>;
    let name: string;
    if (key === OWNERLESS) {
      if (!shape.levels || ownerless !== undefined) {
        throw new RangeError(`${at}: ${OWNERLESS} is given once, in a level model only`);
      }
      ownerless = v;
      continue;
    }
    if (key.startsWith(FROM)) {
      table = from;
      name = key.slice(FROM.length);
      const label = name.startsWith(LEAD_MARK) ? name.slice(LEAD_MARK.length) : name;
      if (!labels.includes(label)) throw new RangeError(`${at}: "${label}" is not a label`);
    } else if (key.startsWith(CUE)) {
      table = cues;
      name = key.slice(CUE.length).replace(/_/g, " ");
    } else {
      table = words;
      name = key;
    }
    if (name === "" || table.has(name)) {
      throw new RangeError(`${at}: the key is empty or given twice`);
    }
    if (name.startsWith(LEAD_MARK) && !lead) {
      throw new RangeError(
        `${at}: a row for the first words (${LEAD_MARK}) needs the line ${LEAD}`,
      );
    }
    table.set(name, v);
  }
  if (!seenLabels) throw new RangeError(`${where}: the line ${LABELS} is missing`);
  if (fingerprint === undefined) throw new RangeError(`${where}: the line ${CUES} is missing`);
  return { labels, from, cues, words, ownerless, lead, cuesFingerprint: fingerprint };
}

/**
 * A fitted weight as a model's source writes it: to one decimal. Measured on 420 writers, lens and
 * level read the same to a tenth of a point cross-validated as with two decimals, and the four
 * weight files are some 7 kB smaller (min+gzip).
 */
const rounded = (x: number): number => Math.round(x * 10) / 10;

/**
 * @internal A model's source from its weights: the labels, the fingerprint of the cues, `@lead`
 * when cues among the first words have rows of their own, then the keys in sorted order.
 */
export function detectorModelSource(
  labels: readonly string[],
  cues: string,
  lead: boolean,
  weights: ReadonlyMap<string, readonly number[]>,
): string {
  const lines = [`${LABELS} ${labels.join(" ")}`, `${CUES} ${cuesFingerprint(cues)}`];
  if (lead) lines.push(LEAD);
  for (const key of [...weights.keys()].sort()) {
    const v = (weights.get(key) as readonly number[]).map(rounded);
    if (v.every((x) => x === 0)) continue;
    lines.push(`${key.replace(/ /g, "_")} ${v.join(" ")}`);
  }
  return lines.join("\n");
}

/**
 * @internal The weights of one feature key (as {@link modelKey} makes it, or a word) in a model:
 * its label row, its pattern's row or its word's row; `undefined` when the model has none.
 */
export function rowOf(model: DetectorModel, key: string): readonly number[] | undefined {
  if (key.startsWith(FROM)) return model.from.get(key.slice(FROM.length));
  if (key.startsWith(CUE)) return model.cues.get(key.slice(CUE.length));
  return model.words.get(key);
}

/** @internal The key of a model line: a label row, a cue pattern, a word or `@ownerless`. */
export const modelKey = {
  from: (label: string, lead: boolean): string => `${FROM}${lead ? LEAD_MARK : ""}${label}`,
  cue: (pattern: string, lead: boolean): string => `${CUE}${lead ? LEAD_MARK : ""}${pattern}`,
  /** A word among the statement's first words (its row adds to the word's own). */
  leadWord: (word: string): string => `${LEAD_MARK}${word}`,
  ownerless: OWNERLESS,
} as const;

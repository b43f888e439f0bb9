// Fitted weights for the lens and level detectors: what each cue and word found in a statement
// adds to each label's score. `npm run fit:detectors` writes them into the language packs
// (`LensesPart.model`, `LevelsPart.model`) from the labelled statements.

/** Marks a cue or a label row counted among the statement's first words (levels only). */
export const LEAD_MARK = "^";

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
  /** Per word in its compared form, what it adds where no cue covers it. */
  readonly words: ReadonlyMap<string, readonly number[]>;
  /** Levels: what a statement of three words or more that names no owner adds. */
  readonly ownerless: readonly number[] | undefined;
  /** Whether cues among the first words have weights of their own (levels). */
  readonly lead: boolean;
}

const LABELS = "@labels";
const FROM = "@from:";
const OWNERLESS = "@ownerless";
const CUE = "=";
const NUMBER_RE = /^\d+(?:\.\d+)?$/;

/**
 * @internal Reads a detector's fitted weights: a line `@labels` with the labels, then one line per
 * weight vector, `key w1 … wn` (non-negative numbers, one per label, in that order). A key is
 * `@from:<label>` (per unit of a hand-written cue's weight), `@ownerless` (levels), `=` and a
 * cue pattern with `_` for spaces (`=*budget*`, `=als_…`), or a word. A `^` after `@from:` or
 * `=` marks the weights of a cue among the statement's first words. Throws a RangeError that
 * names the line.
 */
export function parseDetectorModel(
  source: unknown,
  where: string,
  labels: readonly string[],
): DetectorModel {
  if (typeof source !== "string") throw new TypeError(`${where}: must be a string`);
  const from = new Map<string, number[]>();
  const cues = new Map<string, number[]>();
  const words = new Map<string, number[]>();
  let ownerless: number[] | undefined;
  let lead = false;
  let seenLabels = false;
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
    if (rest.length !== labels.length || !rest.every((x) => NUMBER_RE.test(x))) {
      throw new RangeError(
        `${at} must be a key and ${labels.length} non-negative numbers, separated by one space`,
      );
    }
    const v = rest.map(Number);
    let table: Map<string, number[]>;
    let name: string;
    if (key === OWNERLESS) {
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
    if (name.startsWith(LEAD_MARK) && table !== words) lead = true;
    table.set(name, v);
  }
  if (!seenLabels) throw new RangeError(`${where}: the line ${LABELS} is missing`);
  return { labels, from, cues, words, ownerless, lead };
}

const rounded = (x: number): number => Math.round(x * 100) / 100;

/** @internal A model's source from its weights: labels first, then keys in sorted order. */
export function detectorModelSource(
  labels: readonly string[],
  weights: ReadonlyMap<string, readonly number[]>,
): string {
  const lines = [`${LABELS} ${labels.join(" ")}`];
  for (const key of [...weights.keys()].sort()) {
    const v = (weights.get(key) as readonly number[]).map(rounded);
    if (v.every((x) => x === 0)) continue;
    lines.push(`${key.replace(/ /g, "_")} ${v.join(" ")}`);
  }
  return lines.join("\n");
}

/** @internal The key of a model line: a label row, a cue pattern, a word or `@ownerless`. */
export const modelKey = {
  from: (label: string, lead: boolean): string => `${FROM}${lead ? LEAD_MARK : ""}${label}`,
  cue: (pattern: string, lead: boolean): string => `${CUE}${lead ? LEAD_MARK : ""}${pattern}`,
  ownerless: OWNERLESS,
} as const;

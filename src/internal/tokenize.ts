import { scanWords } from "./scan";

/** One word of a text, with its place in the original string. */
export interface Token {
  /** The word as written in the input. */
  readonly text: string;
  /** Lower case, accents removed, curly apostrophes straightened: `"Créëren"` → `"creeren"`. */
  readonly norm: string;
  /** Offset of the first UTF-16 code unit in the input. */
  readonly start: number;
  /** Offset just past the last code unit (`input.slice(start, end) === text`). */
  readonly end: number;
}

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;

/**
 * Lower-cases a word or phrase and folds accents and curly apostrophes, so that matching is
 * case- and accent-insensitive: `"Eén"` → `"een"`.
 */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(/’/g, "'");
}

/**
 * The words of a text as objects with their offsets (see `scanWords`, which finds them).
 * Punctuation and white space are not tokens.
 *
 * @example
 * tokenize("Da's nie oké!").map((t) => t.norm) //=> ["da's", "nie", "oke"]
 */
export function tokenize(text: string): Token[] {
  const { starts, ends, words } = scanWords(text);
  const tokens: Token[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    tokens.push({
      text: text.slice(start, end),
      norm: (words[i] as { norm: string }).norm,
      start,
      end,
    });
  }
  return tokens;
}

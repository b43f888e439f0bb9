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

// A word: letters or digits, with inner apostrophes or hyphens (da's, zo'n, co-ouderschap).
// The alternatives are disjoint, so matching is linear in the input (no backtracking blow-up).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
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
 * Splits a text into words with their offsets. Punctuation and white space are not tokens.
 *
 * @example
 * tokenize("Da's nie oké!").map((t) => t.norm) //=> ["da's", "nie", "oke"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ text: word, norm: normalize(word), start: m.index, end: m.index + word.length });
  }
  return tokens;
}
